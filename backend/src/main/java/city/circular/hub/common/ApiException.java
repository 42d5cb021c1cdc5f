package city.circular.hub.common;

import java.util.List;

/** A failure the API reports to the caller as problem+json; thrown by services, mapped in one place. */
public class ApiException extends RuntimeException {

    public final ProblemType type;
    public final List<FieldError> errors;

    public ApiException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public static ApiException notFound(String what) {
        return new ApiException(ProblemType.NOT_FOUND, what + " does not exist or is not visible to you.");
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** Field errors the service found beyond what the input's annotations can express. */
    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(ProblemType.VALIDATION, invalidDetail(errors.size()), errors);
    }

    public static String invalidDetail(int count) {
        if (count > ProblemMappers.MAX_ERRORS) {
            return "The request has " + count + " invalid fields; the first " + ProblemMappers.MAX_ERRORS
                    + " are listed.";
        }
        return count == 1 ? "The request has 1 invalid field." : "The request has " + count + " invalid fields.";
    }

    public static ApiException rule(String detail) {
        return new ApiException(ProblemType.RULE_VIOLATION, detail);
    }

    /** A broken rule that one field of the request can be blamed for. */
    public static ApiException rule(String detail, String field, String message) {
        return new ApiException(ProblemType.RULE_VIOLATION, detail, List.of(new FieldError(field, message)));
    }
}
