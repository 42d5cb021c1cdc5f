package city.circular.hub.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An atomic bulk request that stored nothing: an RFC 9457 problem with the items' results as an extension member. */
@Schema(
        name = "BulkFailure",
        description = "RFC 9457 problem details of an atomic bulk request that stored nothing, with one result per"
                + " item: FAILED with its problem, or NOT_STORED.",
        requiredProperties = {"type", "title", "status", "results"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record BulkFailure(
        @Schema(examples = "https://circular-city-hub.example/problems/rule-violation")
        String type,

        @Schema(examples = "Rule violation") String title,

        @Schema(examples = "422", minimum = "422", maximum = "422")
        int status,

        @Schema(examples = "1 of 3 items failed; nothing was stored.")
        String detail,

        @Schema(examples = "/api/v1/starter-projects/bulk") String instance,
        @Schema(maxItems = 1000) List<BulkItemResult> results) {}
