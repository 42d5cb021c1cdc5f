package city.circular.hub.stakeholder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StakeholderRating", description = "A stakeholder's rating in one analysis, with what the API derives.")
public record RatingView(
        UUID id,
        UUID analysisId,
        StakeholderSummary stakeholder,
        int power,
        int interest,
        int attitude,
        Engagement engagementCurrent,
        Engagement engagementDesired,
        String rationale,

        @Schema(description = "Derived from power and interest")
        Quadrant quadrant,

        @Schema(description = "Levels between current and desired engagement (desired − current); > 0 means work to do")
        int engagementGap,

        @Schema(
                description = "The same stakeholder in the strategy's previous analysis, if rated there",
                nullable = true)
        PreviousRating previous,

        long version,
        Instant updatedAt,
        String updatedBy) {

    @Schema(name = "StakeholderSummary")
    public record StakeholderSummary(UUID id, String name, Sector sector) {}

    @Schema(name = "PreviousRating")
    public record PreviousRating(
            UUID analysisId,
            String analysisTitle,
            LocalDate conductedOn,
            int power,
            int interest,
            int attitude,
            Engagement engagementCurrent,
            Quadrant quadrant) {}

    static RatingView of(StakeholderRating r, Stakeholder s, PreviousRating previous) {
        return new RatingView(
                r.id,
                r.analysisId,
                new StakeholderSummary(s.id, s.name, s.sector),
                r.power,
                r.interest,
                r.attitude,
                r.engagementCurrent,
                r.engagementDesired,
                r.rationale,
                r.quadrant(),
                r.engagementGap(),
                previous,
                r.version,
                r.updatedAt,
                r.updatedBy);
    }
}
