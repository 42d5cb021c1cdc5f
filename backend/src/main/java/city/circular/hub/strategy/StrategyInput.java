package city.circular.hub.strategy;

import city.circular.hub.common.Visibility;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "StrategyInput",
        description = "The fields a client sets on a strategy. Status changes go through the status endpoint; id, "
                + "owner, version and audit fields belong to the server.")
public record StrategyInput(
        @Schema(
                description = "Owning organization; only on create, and only needed when the caller edits for "
                        + "more than one organization. Ignored on update.",
                examples = "0b5c6d3e-8f41-4c1e-9d1a-2f3b4c5d6e7f")
        UUID organizationId,

        @NotBlank @Size(max = 200) @Schema(examples = "Kreislaufstadt Musterstadt 2030")
        String title,

        @Size(max = 4000) @Schema(examples = "Musterstadt's path to a circular economy.")
        String summary,

        @Min(1990) @Max(2100) @Schema(examples = "2025") Integer periodFrom,
        @Min(1990) @Max(2100) @Schema(examples = "2030") Integer periodTo,
        @Schema(description = "Defaults to PRIVATE") Visibility visibility,
        @Size(max = 200) @Schema(examples = "ris-2025-0042") String externalId) {

    @AssertTrue(message = "must not be before periodFrom")
    @Schema(hidden = true)
    boolean isPeriodTo() {
        return periodFrom == null || periodTo == null || periodFrom <= periodTo;
    }
}
