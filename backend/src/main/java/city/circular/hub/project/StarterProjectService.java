package city.circular.hub.project;

import static city.circular.hub.common.Strings.blankToNull;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.AuditedRecord;
import city.circular.hub.common.Cursor;
import city.circular.hub.common.FieldError;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.ProblemType;
import city.circular.hub.common.Slice;
import city.circular.hub.common.Strings;
import city.circular.hub.common.Versions;
import city.circular.hub.common.Visibility;
import city.circular.hub.fieldofaction.FieldOfActionService;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.organization.WriteCheck;
import city.circular.hub.project.ProjectViews.PartyView;
import city.circular.hub.project.ProjectViews.ProjectPage;
import city.circular.hub.project.ProjectViews.ProjectView;
import city.circular.hub.stakeholder.Stakeholder;
import city.circular.hub.stakeholder.StakeholderRepository;
import city.circular.hub.strategy.StrategyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Starter projects, their RACI parties, measures and status-update log; all loaded through the access policy. */
@ApplicationScoped
public class StarterProjectService implements WriteCheck {

    static final String WHAT = "Starter project";

    private final ProjectRepository projects;
    private final PartyRepository parties;
    private final MeasureRepository measures;
    private final StatusUpdateRepository updates;
    private final StakeholderRepository stakeholders;
    private final StrategyService strategies;
    private final FieldOfActionService fieldsOfAction;
    private final AccessPolicy access;

    public StarterProjectService(
            ProjectRepository projects,
            PartyRepository parties,
            MeasureRepository measures,
            StatusUpdateRepository updates,
            StakeholderRepository stakeholders,
            StrategyService strategies,
            FieldOfActionService fieldsOfAction,
            AccessPolicy access) {
        this.projects = projects;
        this.parties = parties;
        this.measures = measures;
        this.updates = updates;
        this.stakeholders = stakeholders;
        this.strategies = strategies;
        this.fieldsOfAction = fieldsOfAction;
        this.access = access;
    }

    @Override
    public void checkWritable(UUID id) {
        access.writable(projects.findById(id), WHAT);
    }

    /** A page of project summaries: the page, its measures, its parties and their names, in four statements. */
    public ProjectPage list(ProjectRepository.Filter filter, PageRequest page) {
        if (filter.responsibleStakeholderId() != null
                && !access.canRead(stakeholders.findById(filter.responsibleStakeholderId()))) {
            // Which projects a stakeholder the caller may not read is responsible for stays hidden, too.
            return new ProjectPage(List.of(), null);
        }
        Slice<StarterProject> slice = Slice.of(
                projects.search(access.readScope(), filter, page.plusOne()),
                page.limit(),
                p -> Cursor.of(p.updatedAt, p.id));
        List<UUID> ids = slice.items().stream().map(p -> p.id).toList();
        Map<UUID, List<Measure>> measuresOf =
                measures.ofProjects(ids).stream().collect(Collectors.groupingBy(m -> m.projectId));
        List<ProjectParty> responsibleParties = parties.ofProjects(ids).stream()
                .filter(p -> p.role == Raci.RESPONSIBLE)
                .toList();
        Map<UUID, Stakeholder> names = stakeholdersOf(responsibleParties);
        List<ProjectParty> responsible = responsibleParties.stream()
                .filter(p -> names.containsKey(p.stakeholderId))
                .toList();
        return new ProjectPage(
                slice.map(p -> ProjectMapper.toSummary(
                        p,
                        responsible.stream()
                                .filter(party -> party.projectId.equals(p.id))
                                .map(party -> names.get(party.stakeholderId).name)
                                .toList(),
                        measuresOf.getOrDefault(p.id, List.of()))),
                slice.next());
    }

    /** Every project the filter matches, page by page, for exports. */
    public List<ProjectViews.ProjectSummary> all(ProjectRepository.Filter filter) {
        List<ProjectViews.ProjectSummary> all = new ArrayList<>();
        PageRequest page = new PageRequest(PageRequest.MAX_LIMIT, null);
        while (true) {
            ProjectPage next = list(filter, page);
            all.addAll(next.items());
            if (next.next() == null) {
                return all;
            }
            page = new PageRequest(PageRequest.MAX_LIMIT, Cursor.decode(next.next()));
        }
    }

    /** Impact totals over the measures of an organization's projects that are not cancelled. */
    public ProjectViews.ImpactTotals impactOf(UUID organizationId) {
        return ProjectMapper.totals(measures.list(
                "projectId in (select p.id from StarterProject p where p.organizationId = ?1 and p.status <> ?2)",
                organizationId,
                ProjectStatus.CANCELLED));
    }

    public ProjectView get(UUID id) {
        return view(access.readable(projects.findById(id), WHAT));
    }

    /** The project and everything its detail view shows, for ETags and exports. */
    ProjectView view(StarterProject project) {
        List<ProjectParty> projectParties = parties.ofProjects(List.of(project.id));
        Map<UUID, Stakeholder> named = stakeholdersOf(projectParties);
        List<PartyView> partyViews = projectParties.stream()
                .filter(p -> named.containsKey(p.stakeholderId))
                .map(p -> ProjectMapper.toView(p, named))
                .toList();
        return ProjectMapper.toView(project, partyViews, measures.ofProjects(List.of(project.id)));
    }

    @Transactional
    public ProjectView create(ProjectInput input) {
        return view(insert(access.organizationForNewRecord(input.organizationId()), input, null, null));
    }

    /**
     * Creates a project for an organization the caller was already checked to edit for, e.g. from a workshop
     * outcome; {@code originOutcomeId} keeps the link to where it came from.
     */
    @Transactional
    public StarterProject insert(UUID owner, ProjectInput input, UUID originOutcomeId, String originNote) {
        projects.requireUniqueExternalId(owner, input.externalId(), null, "starter project");
        fieldsOfAction.requireUsable(owner, input.fieldsOfAction());
        StarterProject project = new StarterProject();
        project.created(owner, access.caller().username());
        project.originOutcomeId = originOutcomeId;
        project.originNote = originNote;
        List<ProjectParty> newParties = partiesOf(project, input);
        checkComponents(input);
        apply(input, project);
        projects.persistAndFlush(project);
        parties.replace(project.id, newParties);
        parties.flush();
        return project;
    }

    @Transactional
    public ProjectView update(UUID id, String ifMatch, ProjectInput input) {
        return view(change(id, ifMatch, input));
    }

    /** {@link #update} without reading the view back, for bulk upserts that answer with id and ETag only. */
    @Transactional
    public StarterProject change(UUID id, String ifMatch, ProjectInput input) {
        StarterProject project = writable(id, ifMatch);
        projects.requireUniqueExternalId(project.organizationId, input.externalId(), id, "starter project");
        fieldsOfAction.requireUsable(project.organizationId, input.fieldsOfAction());
        List<ProjectParty> newParties = partiesOf(project, input);
        checkComponents(input);
        apply(input, project);
        project.touched(access.caller().username());
        projects.flush();
        parties.replace(project.id, newParties);
        parties.flush();
        return project;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        projects.delete(writable(id, ifMatch));
        projects.flush();
    }

    @Transactional
    public ProjectView changeStatus(UUID id, String ifMatch, ProjectStatusChange change) {
        StarterProject project = writable(id, ifMatch);
        ProjectStatus target = change.status();
        Set<ProjectStatus> allowed = project.status.next(project.resumeStatus);
        if (!allowed.contains(target)) {
            throw ApiException.rule("A starter project cannot move from " + project.status + " to " + target
                    + ". Allowed next: " + (allowed.isEmpty() ? "none" : allowed) + ".");
        }
        String reason = Strings.blankToNull(change.reason());
        if (target.needsReason() && reason == null) {
            throw ApiException.rule(
                    "Say why the project is " + (target == ProjectStatus.ON_HOLD ? "put on hold." : "cancelled."),
                    "reason",
                    "is required for " + target);
        }
        project.resumeStatus = target == ProjectStatus.ON_HOLD ? project.status : null;
        project.statusReason = target.needsReason() ? reason : null;
        if (target == ProjectStatus.COMPLETED && project.actualCompletion == null) {
            project.actualCompletion = LocalDate.now();
        }
        project.status = target;
        project.statusChangedAt = AuditedRecord.now();
        project.touched(access.caller().username());
        projects.flush();
        return view(project);
    }

    @Transactional
    public Measure addMeasure(UUID projectId, MeasureInput input) {
        StarterProject project = access.writable(projects.findById(projectId), WHAT);
        Measure measure = new Measure();
        measure.created(access.caller().username());
        measure.projectId = project.id;
        measure.position = measures.nextPosition(project.id);
        checkContributions(project, input);
        apply(input, measure);
        measures.persistAndFlush(measure);
        return measure;
    }

    public Measure getMeasure(UUID projectId, UUID measureId) {
        StarterProject project = access.readable(projects.findById(projectId), WHAT);
        return measures.find(project.id, measureId).orElseThrow(() -> ApiException.notFound("Measure"));
    }

    @Transactional
    public Measure updateMeasure(UUID projectId, UUID measureId, String ifMatch, MeasureInput input) {
        Measure measure = writableMeasure(projectId, measureId, ifMatch);
        checkContributions(projects.findById(projectId), input);
        apply(input, measure);
        measure.touched(access.caller().username());
        measures.flush();
        return measure;
    }

    @Transactional
    public void deleteMeasure(UUID projectId, UUID measureId, String ifMatch) {
        Measure measure = writableMeasure(projectId, measureId, ifMatch);
        measures.delete(measure);
        measures.flush();
        List<Measure> rest = measures.ofProjects(List.of(projectId));
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).position = i;
        }
    }

    /**
     * What happened in the organization's own starter projects after {@code from} (if given) up to {@code to}:
     * status changes and completed measures, in time order. For a member of the organization only (404 otherwise),
     * such as a network status report that the organization drafts.
     */
    public ProjectActivity activityOf(UUID organizationId, Instant from, Instant to) {
        if (!access.caller().isMemberOf(organizationId)) {
            throw ApiException.notFound("Organization");
        }
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

    public List<StatusUpdate> statusUpdates(UUID projectId) {
        return updates.ofProject(access.readable(projects.findById(projectId), WHAT).id);
    }

    @Transactional
    public StatusUpdate addStatusUpdate(UUID projectId, StatusUpdateInput input) {
        StarterProject project = access.writable(projects.findById(projectId), WHAT);
        StatusUpdate update = new StatusUpdate();
        update.id = UUID.randomUUID();
        update.projectId = project.id;
        update.reportedOn = input.reportedOn() == null ? LocalDate.now() : input.reportedOn();
        update.author = access.caller().displayName();
        update.text = input.text().strip();
        update.progress = input.progress() == null ? null : input.progress().shortValue();
        update.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        updates.persistAndFlush(update);
        return update;
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
        Map<UUID, List<ProjectViews.MeasureContribution>> byIndicator = new java.util.LinkedHashMap<>();
        for (Object[] row : rows) {
            if (access.caller().canRead((UUID) row[2], Visibility.valueOf((String) row[3]))) {
                byIndicator
                        .computeIfAbsent((UUID) row[6], k -> new ArrayList<>())
                        .add(new ProjectViews.MeasureContribution(
                                (UUID) row[0], (String) row[1], (UUID) row[4], (String) row[5], (java.math.BigDecimal)
                                        row[7]));
            }
        }
        return byIndicator.entrySet().stream()
                .map(e -> new ProjectViews.ContributionsView(
                        e.getKey(),
                        e.getValue().stream()
                                .map(ProjectViews.MeasureContribution::value)
                                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add),
                        e.getValue()))
                .toList();
    }

    /** Linked components must be parts of the project's strategy. */
    private void checkComponents(ProjectInput input) {
        List<UUID> ids = input.componentIds() == null ? List.of() : input.componentIds();
        if (ids.isEmpty()) {
            return;
        }
        if (input.strategyId() == null) {
            throw ApiException.invalid("componentIds", "need a strategyId: components are parts of a strategy");
        }
        Set<UUID> known = Set.copyOf(projects.getEntityManager()
                .createQuery("select c.id from StrategyComponent c where c.strategyId = :s", UUID.class)
                .setParameter("s", input.strategyId())
                .getResultList());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!known.contains(ids.get(i))) {
                errors.add(new FieldError("componentIds[" + i + "]", "is not a component of the strategy"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(
                    ProblemType.VALIDATION, "Some linked components are not parts of the strategy.", errors);
        }
    }

    /** Contributions go to indicators of the project's strategy. */
    private void checkContributions(StarterProject project, MeasureInput input) {
        var contributions = input.indicatorContributions() == null
                ? List.<MeasureInput.ContributionInput>of()
                : input.indicatorContributions();
        if (contributions.isEmpty()) {
            return;
        }
        if (project.strategyId == null) {
            throw ApiException.rule("Link the project to a strategy before its measures contribute to indicators.");
        }
        Set<UUID> known = Set.copyOf(projects.getEntityManager()
                .createQuery("select i.id from Indicator i where i.strategyId = :s", UUID.class)
                .setParameter("s", project.strategyId)
                .getResultList());
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < contributions.size(); i++) {
            UUID indicator = contributions.get(i).indicatorId();
            if (!known.contains(indicator)) {
                errors.add(new FieldError(
                        "indicatorContributions[" + i + "].indicatorId",
                        "is not an indicator of the project's strategy"));
            } else if (!seen.add(indicator)) {
                errors.add(new FieldError("indicatorContributions[" + i + "].indicatorId", "appears twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "Some contributions name unknown indicators.", errors);
        }
    }

    private Measure writableMeasure(UUID projectId, UUID measureId, String ifMatch) {
        StarterProject project = access.writable(projects.findById(projectId), WHAT);
        Measure measure = measures.find(project.id, measureId).orElseThrow(() -> ApiException.notFound("Measure"));
        Versions.requireMatch(ifMatch, measure.version);
        return measure;
    }

    private StarterProject writable(UUID id, String ifMatch) {
        StarterProject project = access.writable(projects.findById(id), WHAT);
        Versions.requireMatch(ifMatch, project.version);
        return project;
    }

    /** The parties' stakeholders the caller may read; parties naming any other are left out wherever shown. */
    private Map<UUID, Stakeholder> stakeholdersOf(List<ProjectParty> projectParties) {
        Set<UUID> ids = projectParties.stream().map(p -> p.stakeholderId).collect(Collectors.toSet());
        List<Stakeholder> found = ids.isEmpty() ? List.of() : stakeholders.list("id in ?1", ids);
        return access.readableOnly(found).stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
    }

    /**
     * Checks the input against the project before it changes: a newly linked strategy must be one the caller edits
     * of the same organization, and each party must be in that organization's register. Returns the parties.
     */
    private List<ProjectParty> partiesOf(StarterProject project, ProjectInput input) {
        if (input.strategyId() != null && !input.strategyId().equals(project.strategyId)) {
            var strategy = strategies.getWritable(input.strategyId());
            if (!strategy.organizationId.equals(project.organizationId)) {
                throw ApiException.rule("A project serves a strategy of its own organization.");
            }
        }
        List<ProjectInput.PartyInput> requested = input.parties() == null ? List.of() : input.parties();
        Set<UUID> ids =
                requested.stream().map(ProjectInput.PartyInput::stakeholderId).collect(Collectors.toSet());
        Map<UUID, Stakeholder> found = ids.isEmpty()
                ? Map.of()
                : stakeholders.list("id in ?1", ids).stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        List<ProjectParty> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            ProjectInput.PartyInput party = requested.get(i);
            Stakeholder s = found.get(party.stakeholderId());
            if (s == null || !s.organizationId.equals(project.organizationId)) {
                errors.add(new FieldError("parties[" + i + "].stakeholderId", "is not in the organization's register"));
            } else if (seen.add(party.stakeholderId() + "/" + party.role())) {
                ProjectParty p = new ProjectParty();
                p.id = UUID.randomUUID();
                p.projectId = project.id;
                p.stakeholderId = party.stakeholderId();
                p.role = party.role();
                result.add(p);
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.RULE_VIOLATION, "Some parties are not in the register.", errors);
        }
        return result;
    }

    private static void apply(ProjectInput input, StarterProject p) {
        p.strategyId = input.strategyId();
        p.title = input.title().strip();
        p.summary = blankToNull(input.summary());
        p.fieldsOfAction = new ArrayList<>(
                input.fieldsOfAction() == null
                        ? List.of()
                        : input.fieldsOfAction().stream().distinct().toList());
        p.componentIds = new ArrayList<>(
                input.componentIds() == null
                        ? List.of()
                        : input.componentIds().stream().distinct().toList());
        p.startDate = input.startDate();
        p.plannedCompletion = input.plannedCompletion();
        p.actualCompletion = input.actualCompletion();
        p.budgetPlanned = input.budgetPlanned();
        p.budgetActual = input.budgetActual();
        p.fundingSource = blankToNull(input.fundingSource());
        p.visibility = input.visibility() == null ? Visibility.PRIVATE : input.visibility();
        p.externalId = blankToNull(input.externalId());
    }

    private static void apply(MeasureInput input, Measure m) {
        m.title = input.title().strip();
        m.description = blankToNull(input.description());
        m.responsible = blankToNull(input.responsible());
        m.involved = blankToNull(input.involved());
        m.plannedCompletion = input.plannedCompletion();
        MeasureStatus before = m.status;
        m.status = input.status() == null ? MeasureStatus.PLANNED : input.status();
        if (m.status != MeasureStatus.DONE) {
            m.completedAt = null;
        } else if (before != MeasureStatus.DONE || m.completedAt == null) {
            m.completedAt = AuditedRecord.now();
        }
        m.cost = input.cost();
        m.co2eTonnesPerYear = input.co2eTonnesPerYear();
        m.co2eMethod = blankToNull(input.co2eMethod());
        m.co2eConfidence = input.co2eConfidence();
        m.renewableMwhPerYear = input.renewableMwhPerYear();
        m.energyCarrierFrom = blankToNull(input.energyCarrierFrom());
        m.energyCarrierTo = blankToNull(input.energyCarrierTo());
        m.energyReplacedMwhPerYear = input.energyReplacedMwhPerYear();
        m.materialAvoidedT = input.materialAvoidedT();
        m.materialReusedT = input.materialReusedT();
        m.materialRecycledT = input.materialRecycledT();
        m.indicatorContributions = new ArrayList<>(
                input.indicatorContributions() == null
                        ? List.of()
                        : input.indicatorContributions().stream()
                                .map(c -> new Measure.Contribution(c.indicatorId(), c.value()))
                                .toList());
        m.steps = new ArrayList<>(
                input.steps() == null
                        ? List.of()
                        : input.steps().stream()
                                .map(s -> new Measure.Step(s.title().strip(), s.done()))
                                .toList());
    }
}
