package city.circular.hub.stakeholder;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StakeholderRatingInput", description = "How an analysis rates a stakeholder.")
public record RatingInput(
        @NotNull @Min(1) @Max(5) @Schema(examples = "4") Integer power,
        @NotNull @Min(1) @Max(5) @Schema(examples = "5") Integer interest,

        @NotNull @Min(-2) @Max(2) @Schema(description = "-2 strongly against … +2 strongly in favour", examples = "1")
        Integer attitude,

        @NotNull Engagement engagementCurrent,
        @NotNull Engagement engagementDesired,

        @Size(max = 2000) @Schema(examples = "Key partner for circular construction; not yet involved.")
        String rationale) {}
