package city.circular.hub.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where every failure becomes an RFC 9457 problem; no stack trace or class name leaves it. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** At most this many field errors are listed; the detail still counts them all. */
    public static final int MAX_ERRORS = 50;

    public static Response problem(
            ProblemType type, int status, String detail, String instance, List<FieldError> errors) {
        List<FieldError> listed =
                errors == null || errors.size() <= MAX_ERRORS ? errors : errors.subList(0, MAX_ERRORS);
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri, type.title(status), status, detail, instance, listed))
                .build();
    }

    static Response problem(ProblemType type, String detail, UriInfo uri) {
        return problem(type, type.status, detail, path(uri), List.of());
    }

    /** The request's path as sent; never derived from the Host header, which an HTTP/1.0 request may lack. */
    private static String path(UriInfo uri) {
        if (uri == null) {
            return null;
        }
        try {
            return uri.getPath();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static final ProblemMappers MAPPERS = new ProblemMappers();

    /**
     * The problem a failure is answered with, for an answer that reports several (the items of a bulk request); the
     * same mapping as the exception mappers below.
     */
    public static Problem problemOf(Throwable e, UriInfo uri) {
        Response response = switch (e) {
            case ApiException api -> MAPPERS.api(api, uri);
            case ConstraintViolationException invalid -> MAPPERS.validation(invalid, uri);
            case OptimisticLockException stale -> MAPPERS.concurrentUpdate(stale, uri);
            case StaleStateException stale -> MAPPERS.concurrentUpdate(stale, uri);
            case org.hibernate.exception.ConstraintViolationException conflict -> MAPPERS.integrity(conflict, uri);
            default -> MAPPERS.unexpected(e, uri);
        };
        return (Problem) response.getEntity();
    }

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return problem(e.type, e.type.status, e.getMessage(), path(uri), e.errors);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        Response.ResponseBuilder response =
                Response.fromResponse(problem(type, status, detail(status), path(uri), null));
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read.";
            case 404 -> "There is no resource at this address.";
            case 405 -> "This resource does not support the method used.";
            case 406 ->
                "This resource cannot answer in the media type the Accept header asks for; the API description lists those it offers.";
            case 413 -> "The request body is too large.";
            case 415 ->
                "This resource does not accept the request body's media type; the API description lists those it does.";
            default -> "The request failed.";
        };
    }

    /** Constraints on a value of the right type, such as a number beyond what its column holds. */
    private static final Set<Class<? extends Annotation>> BOUNDS =
            Set.of(DecimalMin.class, DecimalMax.class, Digits.class, Min.class, Max.class, PositiveOrZero.class);

    /**
     * 422 when every violation is a well-formed value outside its bounds (what is stored must equal what was
     * acknowledged, so nothing is rounded or clipped); 400 when anything is missing or malformed.
     */
    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        // One error per field: a number both too large and too precise is reported once.
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .collect(Collectors.toMap(FieldError::field, f -> f, (first, other) -> first, LinkedHashMap::new))
                .values()
                .stream()
                .toList();
        boolean outOfBounds = e.getConstraintViolations().stream()
                .allMatch(v -> BOUNDS.contains(
                        v.getConstraintDescriptor().getAnnotation().annotationType()));
        ProblemType type = outOfBounds ? ProblemType.RULE_VIOLATION : ProblemType.VALIDATION;
        return problem(type, type.status, ApiException.invalidDetail(errors.size()), path(uri), errors);
    }

    /** The client's name for a violated field: the JSON path inside the body, or the query parameter. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        String parameter = "";
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {}
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.isInIterable() && !parts.isEmpty() && node.getIndex() != null) {
                        parts.set(parts.size() - 1, parts.getLast() + "[" + node.getIndex() + "]");
                    }
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        parts.add(node.getName());
                    }
                }
            }
        }
        return parts.isEmpty() ? parameter : String.join(".", parts);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return problem(
                ProblemType.VALIDATION,
                400,
                "The request has a property this resource does not accept.",
                path(uri),
                List.of(new FieldError(field, "unknown or read-only property")));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return problem(
                    ProblemType.MALFORMED_REQUEST, 400, "The request body has the wrong shape.", path(uri), null);
        }
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        return problem(
                ProblemType.VALIDATION,
                400,
                "The request has 1 invalid field.",
                path(uri),
                List.of(new FieldError(field, "must be " + expected)));
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of "
                    + java.util.Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return switch (type.getSimpleName()) {
            case "String" -> "a string";
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "a date-time (RFC 3339)";
            case "UUID" -> "a UUID";
            default -> type.isRecord() ? "an object" : "a " + type.getSimpleName();
        };
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A value of the right type that cannot be stored, such as text with U+0000 or a date in the year 10000. */
    @ServerExceptionMapper
    public Response unstorable(StrictJson.UnstorableValue e, UriInfo uri) {
        List<FieldError> errors = List.of(new FieldError(jsonPath(e), e.getOriginalMessage()));
        return problem(ProblemType.RULE_VIOLATION, 422, ApiException.invalidDetail(1), path(uri), errors);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof StrictJson.UnstorableValue unstorable) {
            return unstorable(unstorable, uri);
        }
        if (e instanceof StrictJson.TooManyItems tooMany && tooMany.tooLarge) {
            return problem(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    413,
                    "The request carries more records than one request may; send them in several.",
                    path(uri),
                    List.of(new FieldError(jsonPath(tooMany), tooMany.getOriginalMessage())));
        }
        if (e instanceof StrictJson.TooManyItems tooMany) {
            return problem(
                    ProblemType.VALIDATION,
                    400,
                    ApiException.invalidDetail(1),
                    path(uri),
                    List.of(new FieldError(jsonPath(tooMany), tooMany.getOriginalMessage())));
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownProperty(unknown, uri);
        }
        if (readFailure(e) instanceof InputCoercionException coercion
                && coercion.getProcessor() instanceof JsonParser parser) {
            return problem(
                    ProblemType.RULE_VIOLATION,
                    422,
                    ApiException.invalidDetail(1),
                    path(uri),
                    List.of(new FieldError(pathOf(parser.getParsingContext()), "is out of range")));
        }
        if (readFailure(e) instanceof StreamReadException read
                && read.getProcessor() instanceof JsonParser parser
                && read.getOriginalMessage().startsWith("Duplicate field")) {
            return problem(
                    ProblemType.VALIDATION,
                    400,
                    "The request body names a property twice.",
                    path(uri),
                    List.of(new FieldError(pathOf(parser.getParsingContext()), "appears twice in its object")));
        }
        if (e instanceof MismatchedInputException mismatched) {
            return mismatchedInput(mismatched, uri);
        }
        return problem(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON.", uri);
    }

    /**
     * No connection to PostgreSQL: the pool's acquisition timed out, or the driver could not connect (SQL state class
     * 08, connection exception). Nothing was written, so the client may safely retry.
     */
    /**
     * Whether the failure is the database being away: no connection (SQLState class 08, an acquisition timeout),
     * or a server that is shutting down, crashed or still starting up (57P01-57P03). Follows causes and suppressed
     * exceptions, where a failed commit keeps the driver's error (ARJUNA016053 wraps it as suppressed).
     */
    static boolean isDatabaseUnreachable(Throwable e) {
        return isDatabaseUnreachable(e, 0);
    }

    private static boolean isDatabaseUnreachable(Throwable e, int depth) {
        for (Throwable cause = e; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && isUnreachableState(sql)) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (isDatabaseUnreachable(suppressed, depth + 1)) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    private static boolean isUnreachableState(SQLException sql) {
        String state = sql.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P0"))
                || String.valueOf(sql.getMessage()).startsWith("Acquisition timeout");
    }

    /** The parser's own failure, which the binder wraps when it happens inside a nested object. */
    private static Throwable readFailure(JsonProcessingException e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof StreamReadException)) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The JSON path of the property being read, as {@code parties[0].role}. */
    private static String pathOf(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.addFirst("[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null) {
                parts.addFirst((c.getParent() != null && !c.getParent().inRoot() ? "." : "") + c.getCurrentName());
            }
        }
        return String.join("", parts);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problem(
                        ProblemType.UNAUTHENTICATED, "Send a valid bearer token in the Authorization header.", uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(ProblemType.FORBIDDEN, "Your role does not allow this operation.", uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e, UriInfo uri) {
        return problem(
                ProblemType.PRECONDITION_FAILED,
                "Someone else changed this record at the same time. Read it again and reapply your change.",
                uri);
    }

    /** A unique or check constraint the service did not anticipate, such as two concurrent inserts. */
    @ServerExceptionMapper
    public Response integrity(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return problem(ProblemType.CONFLICT, "The change conflicts with another record.", uri);
    }

    /** How long a client should wait before it tries again while the database is unreachable. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (isDatabaseUnreachable(e)) {
            LOG.warn("Database unreachable on " + path(uri) + ": " + e.getMessage());
            return Response.fromResponse(problem(
                            ProblemType.UNAVAILABLE,
                            "The service cannot reach its database right now. Try again in a few seconds.",
                            uri))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .build();
        }
        LOG.error("Unexpected failure on " + path(uri), e);
        return problem(ProblemType.INTERNAL, "Something went wrong on our side. Try again later.", uri);
    }
}
