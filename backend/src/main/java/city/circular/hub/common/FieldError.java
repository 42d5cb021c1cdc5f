package city.circular.hub.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "FieldError",
        description = "One invalid field of the request.",
        requiredProperties = {"field", "message"})
public record FieldError(
        @Schema(description = "JSON path of the field, or the query parameter", examples = "title")
        String field,

        @Schema(description = "What is wrong with it", examples = "must not be blank")
        String message) {}
