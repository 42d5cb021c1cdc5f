package city.circular.hub.dashboard;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.Caller;
import city.circular.hub.common.ProblemType;
import city.circular.hub.component.ComponentService;
import city.circular.hub.dashboard.DashboardView.EngagementGap;
import city.circular.hub.dashboard.DashboardView.FieldCount;
import city.circular.hub.dashboard.DashboardView.IndicatorStanding;
import city.circular.hub.dashboard.DashboardView.LatestAnalysis;
import city.circular.hub.dashboard.DashboardView.ProjectStanding;
import city.circular.hub.dashboard.DashboardView.SectorCount;
import city.circular.hub.dashboard.DashboardView.StakeholderStanding;
import city.circular.hub.dashboard.DashboardView.StatusCount;
import city.circular.hub.dashboard.DashboardView.StrategyStanding;
import city.circular.hub.indicator.IndicatorService;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.organization.OrganizationService;
import city.circular.hub.organization.OrganizationView;
import city.circular.hub.project.ProjectStatus;
import city.circular.hub.project.StarterProjectService;
import city.circular.hub.stakeholder.Sector;
import city.circular.hub.stakeholder.Stakeholder;
import city.circular.hub.stakeholder.StakeholderAnalysis;
import city.circular.hub.stakeholder.StakeholderRating;
import city.circular.hub.strategy.Strategy;
import city.circular.hub.strategy.StrategyStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * One organization's standing, for its own members (any role): they read all of its records, whatever their
 * visibility, so the dashboard counts everything. Everyone else gets 404.
 */
@ApplicationScoped
public class DashboardService {

    private static final int GAPS_SHOWN = 10;
    /** A municipality has a few current strategies; superseded ones and a long tail stay off the dashboard. */
    private static final int STRATEGIES_SHOWN = 20;

    private final AccessPolicy access;
    private final OrganizationService organizations;
    private final ComponentService components;
    private final IndicatorService indicators;
    private final StarterProjectService projects;
    private final EntityManager em;

    public DashboardService(
            AccessPolicy access,
            OrganizationService organizations,
            ComponentService components,
            IndicatorService indicators,
            StarterProjectService projects,
            EntityManager em) {
        this.access = access;
        this.organizations = organizations;
        this.components = components;
        this.indicators = indicators;
        this.projects = projects;
        this.em = em;
    }

    public DashboardView of(UUID requested) {
        UUID organizationId = organizationOf(requested);
        List<Strategy> strategies = em.createQuery(
                        "from Strategy s where s.organizationId = :o and s.status <> :superseded"
                                + " order by s.updatedAt desc, s.id desc",
                        Strategy.class)
                .setParameter("o", organizationId)
                .setParameter("superseded", StrategyStatus.SUPERSEDED)
                .setMaxResults(STRATEGIES_SHOWN)
                .getResultList();
        List<UUID> strategyIds = strategies.stream().map(s -> s.id).toList();
        var completeness = components.completeness(strategyIds);
        return new DashboardView(
                OrganizationView.of(organizations.get(organizationId)),
                strategies.stream()
                        .map(s -> new StrategyStanding(s.id, s.title, s.status, completeness.get(s.id)))
                        .toList(),
                projectStanding(organizationId),
                indicators.ofStrategies(strategyIds).stream()
                        .map(i -> new IndicatorStanding(i.id(), i.strategyId(), i.name(), i.unit(), i.progress()))
                        .toList(),
                stakeholderStanding(organizationId));
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

    private ProjectStanding projectStanding(UUID organizationId) {
        List<StatusCount> byStatus = em
                .createQuery(
                        "select p.status, count(p) from StarterProject p where p.organizationId = :o group by p.status",
                        Object[].class)
                .setParameter("o", organizationId)
                .getResultList()
                .stream()
                .map(row -> new StatusCount((ProjectStatus) row[0], ((Long) row[1]).intValue()))
                .sorted(Comparator.comparing(StatusCount::status))
                .toList();
        @SuppressWarnings("unchecked")
        List<Object[]> fields =
                em.createNativeQuery("""
                        select f, count(*) from starter_project p, unnest(p.fields_of_action) f
                        where p.organization_id = :o group by f order by f
                        """).setParameter("o", organizationId).getResultList();
        return new ProjectStanding(
                byStatus.stream().mapToInt(StatusCount::count).sum(),
                byStatus,
                fields.stream()
                        .map(row -> new FieldCount((String) row[0], ((Number) row[1]).intValue()))
                        .toList(),
                projects.impactOf(organizationId));
    }

    private StakeholderStanding stakeholderStanding(UUID organizationId) {
        List<SectorCount> bySector = em
                .createQuery(
                        "select s.sector, count(s) from Stakeholder s where s.organizationId = :o group by s.sector",
                        Object[].class)
                .setParameter("o", organizationId)
                .getResultList()
                .stream()
                .map(row -> new SectorCount((Sector) row[0], ((Long) row[1]).intValue()))
                .sorted(Comparator.comparing(SectorCount::sector))
                .toList();
        int total = bySector.stream().mapToInt(SectorCount::count).sum();
        List<StakeholderAnalysis> latest = em.createQuery(
                        "from StakeholderAnalysis a where a.organizationId = :o"
                                + " order by a.conductedOn desc nulls last, a.createdAt desc",
                        StakeholderAnalysis.class)
                .setParameter("o", organizationId)
                .setMaxResults(1)
                .getResultList();
        if (latest.isEmpty()) {
            return new StakeholderStanding(total, bySector, null, List.of());
        }
        StakeholderAnalysis analysis = latest.getFirst();
        List<Object[]> rated = em.createQuery(
                        "select r, s from StakeholderRating r, Stakeholder s where s.id = r.stakeholderId"
                                + " and r.analysisId = :a",
                        Object[].class)
                .setParameter("a", analysis.id)
                .getResultList();
        List<EngagementGap> gaps = rated.stream()
                .map(row -> gap((StakeholderRating) row[0], (Stakeholder) row[1]))
                .filter(g -> g.gap() > 0)
                .sorted(Comparator.comparingInt(EngagementGap::gap).reversed().thenComparing(EngagementGap::name))
                .toList();
        return new StakeholderStanding(
                total,
                bySector,
                new LatestAnalysis(analysis.id, analysis.title, analysis.conductedOn, rated.size(), gaps.size()),
                gaps.stream().limit(GAPS_SHOWN).toList());
    }

    private static EngagementGap gap(StakeholderRating rating, Stakeholder stakeholder) {
        return new EngagementGap(
                stakeholder.id,
                stakeholder.name,
                stakeholder.sector,
                rating.engagementCurrent,
                rating.engagementDesired,
                rating.engagementGap());
    }
}
