package city.circular.hub.dashboard;

import city.circular.hub.component.Completeness;
import city.circular.hub.indicator.IndicatorProgress;
import city.circular.hub.organization.OrganizationView;
import city.circular.hub.project.ProjectStanding;
import city.circular.hub.stakeholder.StakeholderStanding;
import city.circular.hub.strategy.StrategyStatus;
import city.circular.hub.workshop.FollowUpView;
import city.circular.hub.workshop.WorkshopSummary;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Dashboard",
        description = "Where a municipality stands: its strategies, projects, impact, indicators and stakeholders.",
        requiredProperties = {
            "organization",
            "strategies",
            "projects",
            "indicators",
            "stakeholders",
            "upcomingWorkshops",
            "overdueFollowUps"
        })
public record DashboardView(
        OrganizationView organization,

        @Schema(description = "Up to 20 current strategies (superseded ones left out), latest change first")
        List<StrategyStanding> strategies,

        ProjectStanding projects,
        List<IndicatorStanding> indicators,
        StakeholderStanding stakeholders,

        @Schema(description = "The next five planned workshops")
        List<WorkshopSummary> upcomingWorkshops,

        @Schema(description = "Up to ten open follow-ups past their due date, oldest first")
        List<FollowUpView> overdueFollowUps) {

    @Schema(
            name = "StrategyStanding",
            requiredProperties = {"id", "title", "status", "completeness"})
    public record StrategyStanding(UUID id, String title, StrategyStatus status, Completeness completeness) {}

    @Schema(
            name = "IndicatorStanding",
            requiredProperties = {"id", "strategyId", "name", "unit", "progress"})
    public record IndicatorStanding(UUID id, UUID strategyId, String name, String unit, IndicatorProgress progress) {}
}
