package city.circular.hub.stakeholder;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StakeholderRatingList", description = "All ratings of an analysis, by stakeholder name.")
public record RatingList(
        UUID analysisId,

        @Schema(description = "The strategy's previous analysis that `previous` values come from", nullable = true)
        UUID previousAnalysisId,

        List<RatingView> items) {}
