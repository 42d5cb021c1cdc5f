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
 * the problem+json error responses an operation can produce, the If-Match header, the ETag header, and the Location
 * and ETag headers of a record created with {@link Tagged#created}.
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
                                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
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
        boolean writes = method != PathItem.HttpMethod.GET;

        Map<String, String> errors = new LinkedHashMap<>();
        if (hasBody || hasQuery) {
            errors.put(
                    "400",
                    "Malformed JSON, a duplicate key, a wrong type, an unknown property, a missing or malformed field");
        }
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
        if (usesIfMatch) {
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
