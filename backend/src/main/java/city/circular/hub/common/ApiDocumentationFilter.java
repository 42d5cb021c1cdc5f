package city.circular.hub.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the conventions every operation shares, so that resources declare only their own success responses:
 * the problem+json error responses an operation can produce, the If-Match header, the ETag header, the Location
 * and ETag headers of a record created with {@link Tagged#created}, the rate-limit and CORS headers of every answer,
 * and the bounds that hold for every value of a kind (see {@link SchemaBounds}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocumentationFilter implements OASFilter {

    /**
     * Marks a 201 response that is a record created with {@link Tagged#created}; the value names the record, as in
     * {@code @APIResponse(responseCode = "201", ..., extensions = @Extension(name = CREATED, value = "strategy"))}.
     * The filter documents the response's Location ("The new strategy's address") and ETag headers and removes the
     * mark.
     */
    public static final String CREATED = "x-created";

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents()
                .addHeader(
                        "ETag",
                        OASFactory.createHeader()
                                .description("The record's version; send it back as If-Match to change the record")
                                .schema(OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING)
                                        .pattern("^\"[0-9]{1,19}\"$")
                                        .maxLength(21))
                                .example("\"3\""));
        openAPI.getComponents()
                .addParameter(
                        "IdempotencyKey",
                        OASFactory.createParameter()
                                .name("Idempotency-Key")
                                .in(Parameter.In.HEADER)
                                .description("Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header):"
                                        + " the first answer is kept for 24 hours per caller and key; a retry with"
                                        + " the same key and body gets it again with `Idempotent-Replayed: true`,"
                                        + " the same key with another body answers 422, a retry while the first"
                                        + " request runs answers 409. Answers of 5xx are not kept.")
                                .schema(OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING)
                                        .minLength(1)
                                        .maxLength(200)
                                        .pattern("^[\\x21-\\x7e]+$"))
                                .example("3f9c2a7e-sync-2026-12-02-0001"));
        documentSharedHeaders(openAPI);
        if (openAPI.getServers() != null) {
            // The contract's one server is the hub itself, for its own SPA and for partners alike.
            openAPI.getServers()
                    .forEach(server -> server.description("This hub").addExtension("x-internal", false));
        }
        var schemas = openAPI.getComponents().getSchemas();
        if (schemas != null) {
            for (String date : List.of("LocalDate", "Instant")) {
                if (schemas.containsKey(date)) {
                    schemas.get(date)
                            .description("From " + Bounds.FIRST_DATE + " to " + Bounds.LAST_DATE
                                    + "; other dates answer 422");
                }
            }
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) ->
                        item.getOperations().forEach((method, operation) -> document(path, method, operation)));
        SchemaBounds.apply(openAPI);
    }

    private static void documentSharedHeaders(OpenAPI openAPI) {
        var components = openAPI.getComponents();
        components.addHeader(
                "RateLimit-Limit",
                countHeader("Requests the caller may send in a burst (answers to signed-in callers)"));
        components.addHeader("RateLimit-Remaining", countHeader("Requests left in the caller's current burst"));
        components.addHeader("RateLimit-Reset", countHeader("Seconds until the caller's burst is full again"));
        components.addHeader("Retry-After", countHeader("Seconds to wait before trying again"));
        components.addHeader(
                "Access-Control-Allow-Origin",
                OASFactory.createHeader()
                        .description("Sent to browsers on the origins the operator allows (CCH_CORS_ORIGINS, by"
                                + " default the SPA's); absent for any other origin, so other sites cannot read"
                                + " answers")
                        .schema(OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .format("uri")
                                .maxLength(2000)));
    }

    private static org.eclipse.microprofile.openapi.models.headers.Header countHeader(String description) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.INTEGER)
                        .format("int64")
                        .minimum(java.math.BigDecimal.ZERO)
                        .maximum(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)));
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        documentCreated(operation);
        if (method == PathItem.HttpMethod.POST) {
            operation.addParameter(OASFactory.createParameter().ref("IdempotencyKey"));
        }
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasPathId = path.contains("{");
        boolean hasQuery = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        boolean usesIfMatch = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        // An upsert by external id takes If-Match as an option: without it, it replaces whatever the version.
        boolean requiresIfMatch = usesIfMatch && !path.contains("/by-external-id/");
        boolean writes = method != PathItem.HttpMethod.GET;

        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(
                "400",
                hasBody || hasQuery
                        ? "Malformed JSON, a duplicate key, a wrong type, an unknown property, a missing or malformed"
                                + " field, or a malformed request URI"
                        : "A malformed request URI, such as a bad percent-encoding");
        errors.put("401", "Missing or invalid bearer token");
        if (writes) {
            errors.put("403", "The caller may read the record but not change it, or lacks the role");
        }
        if (hasPathId) {
            errors.put("404", "No such record, or one the caller may not read");
        }
        errors.put("406", "The client does not accept application/json");
        if (hasBody && writes) {
            errors.put("409", "Conflicts with another record, such as a duplicate external id");
        }
        if (usesIfMatch) {
            errors.put("412", "If-Match does not name the current version");
        }
        if (hasBody) {
            errors.put("413", "The request body is too large");
            errors.put("415", "The request body is not application/json, or has no Content-Type");
        }
        if (hasBody || hasQuery) {
            errors.put(
                    "422",
                    "The request breaks a business rule, or has a value the API cannot store as sent: a number beyond"
                            + " its bounds or scale, a date outside " + Bounds.DATES + ", control characters in text");
        }
        if (requiresIfMatch) {
            errors.put("428", "If-Match is missing");
        }
        errors.put("429", "The caller sent more requests than its rate limit allows; retry after Retry-After seconds");
        errors.put("500", "Unexpected server error");
        errors.put("503", "The database is unreachable for now; try again after Retry-After seconds");

        APIResponses responses = operation.getResponses();
        // SmallRye adds a bare "400 Bad Request" for validated parameters; ours says what the body is.
        var generated = responses.getAPIResponse("400");
        if (generated != null && generated.getContent() == null) {
            responses.removeAPIResponse("400");
        }
        errors.forEach((code, description) -> {
            if (responses.getAPIResponse(code) == null) {
                responses.addAPIResponse(code, problemResponse(Integer.parseInt(code), description));
            }
        });
        responses.getAPIResponses().forEach(ApiDocumentationFilter::documentHeaders);
        if (operation.getParameters() != null) {
            operation.getParameters().stream()
                    .filter(p -> "If-Match".equalsIgnoreCase(p.getName()))
                    .forEach(p -> {
                        if (p.getDescription() == null) {
                            p.required(true).description("The ETag of the version the change is based on");
                        }
                        p.example("\"3\"");
                    });
        }
    }

    /** Every answer may carry CORS headers; 2xx and 4xx answers carry the rate limit; 429 and 503 say when to retry. */
    private static void documentHeaders(
            String code, org.eclipse.microprofile.openapi.models.responses.APIResponse response) {
        // Headers first in the document, as where a resource declares them.
        var content = response.getContent();
        response.content(null);
        if (code.startsWith("2") || code.startsWith("4")) {
            for (String name : List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")) {
                response.addHeader(name, OASFactory.createHeader().ref(name));
            }
        }
        if (code.equals("429") || code.equals("503")) {
            response.addHeader("Retry-After", OASFactory.createHeader().ref("Retry-After"));
        }
        response.addHeader(
                "Access-Control-Allow-Origin", OASFactory.createHeader().ref("Access-Control-Allow-Origin"));
        response.content(content);
    }

    private static void documentCreated(Operation operation) {
        var created = operation.getResponses().getAPIResponse("201");
        if (created == null
                || created.getExtensions() == null
                || !created.getExtensions().containsKey(CREATED)) {
            return;
        }
        Object record = created.getExtensions().get(CREATED);
        created.removeExtension(CREATED);
        // Set again after the headers, so that the headers come first in the document, as they do when declared.
        var content = created.getContent();
        created.content(null)
                .addHeader(
                        "Location",
                        OASFactory.createHeader()
                                .description("The new " + record + "'s address")
                                .schema(OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING)
                                        .format("uri-reference")))
                .addHeader("ETag", OASFactory.createHeader().ref("ETag"))
                .content(content);
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse problemResponse(
            int status, String description) {
        ProblemType type = ProblemType.forStatus(status);
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri);
        example.put("title", type.title(status));
        example.put("status", status);
        example.put("detail", description + ".");
        example.put("instance", "/api/v1/strategies");
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                                        .example(example)));
    }
}
