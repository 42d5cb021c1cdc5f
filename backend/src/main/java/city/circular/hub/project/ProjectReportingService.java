package city.circular.hub.project;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.Visibility;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.strategy.StrategyService;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What other features report about starter projects, without reaching into their tables: an organization's tally
 * for its dashboard, its impact totals, its activity for a network status report, and what projects contribute to a
 * strategy's indicators. Writing projects stays with {@link StarterProjectService}.
 */
@ApplicationScoped
public class ProjectReportingService {

    private final ProjectRepository projects;
    private final MeasureRepository measures;
    private final StrategyService strategies;
    private final AccessPolicy access;

    public ProjectReportingService(
            ProjectRepository projects, MeasureRepository measures, StrategyService strategies, AccessPolicy access) {
        this.projects = projects;
        this.measures = measures;
        this.strategies = strategies;
        this.access = access;
    }

    /**
     * How many of an organization's projects are in each status and each field of action, whatever their
     * visibility, and their impact: for its own members only (404 otherwise).
     */
    public ProjectStanding standingOf(UUID organizationId) {
        requireMember(organizationId);
        List<ProjectStanding.StatusCount> byStatus = projects
                .getEntityManager()
                .createQuery(
                        "select p.status, count(p) from StarterProject p where p.organizationId = :o group by p.status",
                        Object[].class)
                .setParameter("o", organizationId)
                .getResultList()
                .stream()
                .map(row -> new ProjectStanding.StatusCount((ProjectStatus) row[0], ((Long) row[1]).intValue()))
                .sorted(Comparator.comparing(ProjectStanding.StatusCount::status))
                .toList();
        @SuppressWarnings("unchecked")
        List<Object[]> fields = projects.getEntityManager()
                .createNativeQuery("""
                        select f, count(*) from starter_project p, unnest(p.fields_of_action) f
                        where p.organization_id = :o group by f order by f
                        """)
                .setParameter("o", organizationId)
                .getResultList();
        return new ProjectStanding(
                byStatus.stream().mapToInt(ProjectStanding.StatusCount::count).sum(),
                byStatus,
                fields.stream()
                        .map(row -> new ProjectStanding.FieldCount((String) row[0], ((Number) row[1]).intValue()))
                        .toList(),
                impactOf(organizationId));
    }

    /**
     * The standing of each organization's projects as a network's roll-up compares them: of the organizations in
     * {@code sharing} the projects they share with their networks (NETWORK or PUBLIC), of those in {@code
     * consenting}, which agreed to share aggregates, all of them. Figures only, so no caller check; organizations
     * without any project counted are absent.
     */
    public Map<UUID, ProjectStanding> standingsCountedFor(Collection<UUID> sharing, Collection<UUID> consenting) {
        List<StarterProject> counted = new ArrayList<>();
        if (!sharing.isEmpty()) {
            counted.addAll(projects.list("organizationId in ?1 and visibility in ?2", sharing, Visibility.SHARED));
        }
        if (!consenting.isEmpty()) {
            counted.addAll(projects.list("organizationId in ?1", consenting));
        }
        if (counted.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<Measure>> measuresByProject =
                measures.ofProjects(counted.stream().map(p -> p.id).toList()).stream()
                        .collect(Collectors.groupingBy(m -> m.projectId));
        Map<UUID, ProjectStanding> standings = new HashMap<>();
        counted.stream()
                .collect(Collectors.groupingBy(p -> p.organizationId))
                .forEach((organization, ofIt) -> standings.put(organization, standing(ofIt, measuresByProject)));
        return standings;
    }

    private static ProjectStanding standing(List<StarterProject> projects, Map<UUID, List<Measure>> measures) {
        List<ProjectStanding.StatusCount> byStatus = projects.stream()
                .collect(Collectors.groupingBy(p -> p.status, TreeMap::new, Collectors.counting()))
                .entrySet()
                .stream()
                .map(e ->
                        new ProjectStanding.StatusCount(e.getKey(), e.getValue().intValue()))
                .toList();
        List<ProjectStanding.FieldCount> byField = projects.stream()
                .flatMap(p -> p.fieldsOfAction.stream())
                .collect(Collectors.groupingBy(f -> f, TreeMap::new, Collectors.counting()))
                .entrySet()
                .stream()
                .map(e ->
                        new ProjectStanding.FieldCount(e.getKey(), e.getValue().intValue()))
                .toList();
        List<Measure> counted = projects.stream()
                .filter(p -> p.status != ProjectStatus.CANCELLED)
                .flatMap(p -> measures.getOrDefault(p.id, List.of()).stream())
                .toList();
        return new ProjectStanding(projects.size(), byStatus, byField, ProjectMapper.totals(counted));
    }

    /**
     * Per organization, how many of its starter projects the caller may read have each status: for views of other
     * organizations' work (an advisor's portfolio), which count only what those organizations share.
     */
    public Map<UUID, Map<ProjectStatus, Long>> readableCountsByStatus(Collection<UUID> organizationIds) {
        if (organizationIds.isEmpty()) {
            return Map.of();
        }
        AccessPolicy.Scope scope = access.readScope();
        var query = projects.getEntityManager()
                .createQuery(
                        "select r.organizationId, r.status, count(r) from StarterProject r where r.organizationId in"
                                + " :organizations and " + scope.condition() + " group by r.organizationId, r.status",
                        Object[].class)
                .setParameter("organizations", organizationIds);
        scope.parameters().forEach(query::setParameter);
        Map<UUID, Map<ProjectStatus, Long>> counts = new HashMap<>();
        query.getResultStream()
                .forEach(row -> counts.computeIfAbsent((UUID) row[0], o -> new EnumMap<>(ProjectStatus.class))
                        .put((ProjectStatus) row[1], (Long) row[2]));
        return counts;
    }

    /** Impact totals over the measures of an organization's projects that are not cancelled. */
    ProjectViews.ImpactTotals impactOf(UUID organizationId) {
        return ProjectMapper.totals(measures.list(
                "projectId in (select p.id from StarterProject p where p.organizationId = ?1 and p.status <> ?2)",
                organizationId,
                ProjectStatus.CANCELLED));
    }

    /**
     * What happened in the organization's own starter projects after {@code from} (if given) up to {@code to}:
     * status changes and completed measures, in time order. For a member of the organization only (404 otherwise),
     * such as a network status report that the organization drafts.
     */
    public ProjectActivity activityOf(UUID organizationId, Instant from, Instant to) {
        requireMember(organizationId);
        Instant after = from == null ? Instant.EPOCH : from;
        List<ProjectActivity.StatusChange> changes = projects
                .list(
                        "organizationId = ?1 and statusChangedAt > ?2 and statusChangedAt <= ?3"
                                + " order by statusChangedAt, id",
                        organizationId,
                        after,
                        to)
                .stream()
                .map(p -> new ProjectActivity.StatusChange(p.id, p.title, p.status, p.statusChangedAt))
                .toList();
        return new ProjectActivity(changes, measures.completedIn(organizationId, after, to));
    }

    /**
     * What the measures of the strategy's projects contribute to its indicators, grouped by indicator. Projects the
     * caller may not read are left out.
     */
    public List<ProjectViews.ContributionsView> contributions(UUID strategyId) {
        var strategy = strategies.get(strategyId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = projects.getEntityManager()
                .createNativeQuery("""
                        select p.id, p.title, p.organization_id, p.visibility, m.id, m.title,
                               cast(c ->> 'indicatorId' as uuid), cast(c ->> 'value' as numeric)
                        from starter_project p
                        join project_measure m on m.project_id = p.id
                        cross join lateral jsonb_array_elements(m.indicator_contributions) c
                        where p.strategy_id = :strategy and p.status <> 'CANCELLED' and m.status <> 'CANCELLED'
                        order by p.title, p.id, m.position
                        """)
                .setParameter("strategy", strategy.id)
                .getResultList();
        Map<UUID, List<ProjectViews.MeasureContribution>> byIndicator = new LinkedHashMap<>();
        for (Object[] row : rows) {
            if (access.caller().canRead((UUID) row[2], Visibility.valueOf((String) row[3]))) {
                byIndicator
                        .computeIfAbsent((UUID) row[6], k -> new ArrayList<>())
                        .add(new ProjectViews.MeasureContribution(
                                (UUID) row[0], (String) row[1], (UUID) row[4], (String) row[5], (BigDecimal) row[7]));
            }
        }
        return byIndicator.entrySet().stream()
                .map(e -> new ProjectViews.ContributionsView(
                        e.getKey(),
                        e.getValue().stream()
                                .map(ProjectViews.MeasureContribution::value)
                                .reduce(BigDecimal.ZERO, BigDecimal::add),
                        e.getValue()))
                .toList();
    }

    private void requireMember(UUID organizationId) {
        if (!access.caller().isMemberOf(organizationId)) {
            throw ApiException.notFound("Organization");
        }
    }
}
