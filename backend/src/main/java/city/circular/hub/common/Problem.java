package city.circular.hub.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error response. */
@Schema(
        name = "Problem",
        description = "RFC 9457 problem details",
        requiredProperties = {"type", "title", "status"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(
                description = "URI identifying the kind of problem",
                examples = "https://circular-city-hub.example/problems/validation")
        String type,

        @Schema(description = "Short summary of the kind of problem", examples = "Invalid request")
        String title,

        @Schema(description = "HTTP status code", examples = "400")
        int status,

        @Schema(description = "Explanation of this occurrence", examples = "The request has 1 invalid field.")
        String detail,

        @Schema(description = "The request path", examples = "/api/v1/strategies")
        String instance,

        @Schema(description = "Field-level errors, for validation problems")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
