package city.circular.hub.dashboard;

import city.circular.hub.component.Completeness;
import city.circular.hub.indicator.IndicatorProgress;
import city.circular.hub.organization.OrganizationView;
import city.circular.hub.project.ProjectStatus;
import city.circular.hub.project.ProjectViews.ImpactTotals;
import city.circular.hub.stakeholder.Engagement;
import city.circular.hub.stakeholder.Sector;
import city.circular.hub.strategy.StrategyStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Dashboard",
        description = "Where a municipality stands: its strategies, projects, impact, indicators and stakeholders.",
        requiredProperties = {"organization", "strategies", "projects", "indicators", "stakeholders"})
public record DashboardView(
        OrganizationView organization,

        @Schema(description = "Up to 20 current strategies (superseded ones left out), latest change first")
        List<StrategyStanding> strategies,

        ProjectStanding projects,
        List<IndicatorStanding> indicators,
        StakeholderStanding stakeholders) {

    @Schema(
            name = "StrategyStanding",
            requiredProperties = {"id", "title", "status", "completeness"})
    public record StrategyStanding(UUID id, String title, StrategyStatus status, Completeness completeness) {}

    @Schema(
            name = "ProjectStanding",
            description = "Counts of all projects; impact sums the measures of projects that are not cancelled.",
            requiredProperties = {"total", "byStatus", "byFieldOfAction", "impact"})
    public record ProjectStanding(
            int total, List<StatusCount> byStatus, List<FieldCount> byFieldOfAction, ImpactTotals impact) {}

    @Schema(
            name = "ProjectStatusCount",
            requiredProperties = {"status", "count"})
    public record StatusCount(ProjectStatus status, int count) {}

    @Schema(
            name = "FieldOfActionCount",
            requiredProperties = {"fieldOfAction", "count"})
    public record FieldCount(String fieldOfAction, int count) {}

    @Schema(
            name = "IndicatorStanding",
            requiredProperties = {"id", "strategyId", "name", "unit", "progress"})
    public record IndicatorStanding(UUID id, UUID strategyId, String name, String unit, IndicatorProgress progress) {}

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
            List<EngagementGap> largestGaps) {}

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
            UUID stakeholderId, String name, Sector sector, Engagement current, Engagement desired, int gap) {}
}
