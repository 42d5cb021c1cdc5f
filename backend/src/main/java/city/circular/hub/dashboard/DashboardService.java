package city.circular.hub.dashboard;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.Caller;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.ProblemType;
import city.circular.hub.component.ComponentService;
import city.circular.hub.dashboard.DashboardView.IndicatorStanding;
import city.circular.hub.dashboard.DashboardView.StrategyStanding;
import city.circular.hub.indicator.IndicatorService;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.organization.OrganizationService;
import city.circular.hub.organization.OrganizationView;
import city.circular.hub.project.ProjectReportingService;
import city.circular.hub.stakeholder.StakeholderStandingService;
import city.circular.hub.strategy.Strategy;
import city.circular.hub.strategy.StrategyService;
import city.circular.hub.workshop.FollowUpRepository;
import city.circular.hub.workshop.FollowUpService;
import city.circular.hub.workshop.WorkshopRepository;
import city.circular.hub.workshop.WorkshopService;
import city.circular.hub.workshop.WorkshopStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One organization's standing, for its own members (any role): they read all of its records, whatever their
 * visibility, so the dashboard counts everything. Everyone else gets 404.
 */
@ApplicationScoped
public class DashboardService {

    private static final int UPCOMING_WORKSHOPS = 5;
    private static final int OVERDUE_SHOWN = 10;
    /** A municipality has a few current strategies; superseded ones and a long tail stay off the dashboard. */
    private static final int STRATEGIES_SHOWN = 20;

    private final AccessPolicy access;
    private final OrganizationService organizations;
    private final ComponentService components;
    private final IndicatorService indicators;
    private final StrategyService strategies;
    private final ProjectReportingService projects;
    private final StakeholderStandingService stakeholders;
    private final WorkshopService workshops;
    private final FollowUpService followUps;

    public DashboardService(
            AccessPolicy access,
            OrganizationService organizations,
            ComponentService components,
            IndicatorService indicators,
            StrategyService strategies,
            ProjectReportingService projects,
            StakeholderStandingService stakeholders,
            WorkshopService workshops,
            FollowUpService followUps) {
        this.access = access;
        this.organizations = organizations;
        this.components = components;
        this.indicators = indicators;
        this.strategies = strategies;
        this.projects = projects;
        this.stakeholders = stakeholders;
        this.workshops = workshops;
        this.followUps = followUps;
    }

    public DashboardView of(UUID requested) {
        UUID organizationId = organizationOf(requested);
        List<Strategy> current = strategies.currentOf(organizationId, STRATEGIES_SHOWN);
        List<UUID> strategyIds = current.stream().map(s -> s.id).toList();
        var completeness = components.completeness(strategyIds);
        return new DashboardView(
                OrganizationView.of(organizations.get(organizationId)),
                current.stream()
                        .map(s -> new StrategyStanding(s.id, s.title, s.status, completeness.get(s.id)))
                        .toList(),
                projects.standingOf(organizationId),
                indicators.ofStrategies(strategyIds).stream()
                        .map(i -> new IndicatorStanding(i.id(), i.strategyId(), i.name(), i.unit(), i.progress()))
                        .toList(),
                stakeholders.standingOf(organizationId),
                workshops
                        .list(
                                new WorkshopRepository.Filter(
                                        organizationId, null, WorkshopStatus.PLANNED, Instant.now(), null, null),
                                new PageRequest(UPCOMING_WORKSHOPS, null))
                        .items(),
                followUps
                        .search(
                                new FollowUpRepository.Filter(organizationId, true),
                                new PageRequest(OVERDUE_SHOWN, null))
                        .items());
    }

    private UUID organizationOf(UUID requested) {
        Caller caller = access.caller();
        if (requested != null) {
            if (!caller.isMemberOf(requested)) {
                throw ApiException.notFound("Dashboard of organization " + requested);
            }
            return requested;
        }
        if (caller.memberships().size() == 1) {
            return caller.memberships().keySet().iterator().next();
        }
        if (caller.memberships().isEmpty()) {
            throw new ApiException(ProblemType.FORBIDDEN, "You are not a member of any organization.");
        }
        throw ApiException.invalid("organizationId", "is required: you are a member of more than one organization");
    }
}
