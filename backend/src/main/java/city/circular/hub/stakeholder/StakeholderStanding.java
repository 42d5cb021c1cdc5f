package city.circular.hub.stakeholder;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an organization's stakeholder work stands, for its dashboard. */
@Schema(
        name = "StakeholderStanding",
        description = "The register by sector, and the engagement gaps of the latest completed analysis.",
        requiredProperties = {"total", "bySector", "largestGaps"})
public record StakeholderStanding(
        int total,
        List<SectorCount> bySector,

        @Schema(description = "The latest analysis by date; absent if there is none")
        LatestAnalysis latestAnalysis,

        @Schema(description = "Up to ten stakeholders furthest from their desired engagement")
        List<EngagementGap> largestGaps) {

    @Schema(
            name = "SectorCount",
            requiredProperties = {"sector", "count"})
    public record SectorCount(Sector sector, int count) {}

    @Schema(
            name = "LatestAnalysis",
            requiredProperties = {"id", "title", "rated", "withGap"})
    public record LatestAnalysis(UUID id, String title, LocalDate conductedOn, int rated, int withGap) {}

    @Schema(
            name = "EngagementGap",
            requiredProperties = {"stakeholderId", "name", "sector", "current", "desired", "gap"})
    public record EngagementGap(
            UUID stakeholderId, String name, Sector sector, Engagement current, Engagement desired, int gap) {

        static EngagementGap of(StakeholderRating rating, Stakeholder stakeholder) {
            return new EngagementGap(
                    stakeholder.id,
                    stakeholder.name,
                    stakeholder.sector,
                    rating.engagementCurrent,
                    rating.engagementDesired,
                    rating.engagementGap());
        }
    }
}
