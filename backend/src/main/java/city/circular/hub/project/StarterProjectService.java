package city.circular.hub.project;

import static city.circular.hub.common.Strings.blankToNull;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.AuditedRecord;
import city.circular.hub.common.Cursor;
import city.circular.hub.common.Dirty;
import city.circular.hub.common.FieldError;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.ProblemType;
import city.circular.hub.common.Slice;
import city.circular.hub.common.Strings;
import city.circular.hub.common.Versions;
import city.circular.hub.common.Visibility;
import city.circular.hub.component.ComponentService;
import city.circular.hub.fieldofaction.FieldOfActionService;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.organization.WriteCheck;
import city.circular.hub.project.ProjectViews.PartyView;
import city.circular.hub.project.ProjectViews.ProjectPage;
import city.circular.hub.project.ProjectViews.ProjectView;
import city.circular.hub.stakeholder.Stakeholder;
import city.circular.hub.stakeholder.StakeholderService;
import city.circular.hub.strategy.StrategyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
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
    private final ComponentService components;
    private final StakeholderService stakeholders;
    private final StrategyService strategies;
    private final FieldOfActionService fieldsOfAction;
    private final AccessPolicy access;

    public StarterProjectService(
            ProjectRepository projects,
            PartyRepository parties,
            MeasureRepository measures,
            ComponentService components,
            StakeholderService stakeholders,
            StrategyService strategies,
            FieldOfActionService fieldsOfAction,
            AccessPolicy access) {
        this.projects = projects;
        this.parties = parties;
        this.measures = measures;
        this.components = components;
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
        if (filter.responsibleStakeholderId() != null && !stakeholders.isReadable(filter.responsibleStakeholderId())) {
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

    /** Checks that a project exists and belongs to the organization, for records of that organization that name one. */
    public boolean belongsTo(UUID projectId, UUID organizationId) {
        StarterProject project = projects.findById(projectId);
        return project != null && project.organizationId.equals(organizationId);
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
        return insert(owner, input, originOutcomeId, originNote, null);
    }

    /**
     * What a bulk transaction looked up at once for all its items (the parties of the projects it replaces), so that
     * each item is checked as on its own but asks the database nothing more; its writes are flushed together when
     * the transaction's items are all written.
     */
    record Prefetched(Map<UUID, List<ProjectParty>> parties) {}

    /** {@code bulk} is null outside a bulk transaction. */
    @Transactional
    StarterProject insert(UUID owner, ProjectInput input, UUID originOutcomeId, String originNote, Prefetched bulk) {
        if (bulk == null) {
            // A bulk transaction looked its external ids up at once; the unique index refuses one taken since.
            projects.requireUniqueExternalId(owner, input.externalId(), null, "starter project");
        }
        fieldsOfAction.requireUsable(owner, input.fieldsOfAction());
        StarterProject project = new StarterProject();
        project.created(owner, access.caller().username());
        project.originOutcomeId = originOutcomeId;
        project.originNote = originNote;
        List<ProjectParty> newParties = partiesOf(project, input);
        checkComponents(input);
        apply(input, project);
        if (bulk != null) {
            projects.persist(project);
            parties.persist(newParties); // a new project has none to replace
            return project;
        }
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
        return change(id, ifMatch, input, null);
    }

    /**
     * Replaces the project's fields and parties. When that changes nothing, the project keeps its version and no
     * change record is written, so that sending what is stored again (a sync script's second run) changes nothing.
     * {@code bulk} is null outside a bulk transaction.
     */
    @Transactional
    StarterProject change(UUID id, String ifMatch, ProjectInput input, Prefetched bulk) {
        StarterProject project = writable(id, ifMatch);
        if (bulk == null) {
            // In bulk the record was found by this external id, which the unique index keeps its own.
            projects.requireUniqueExternalId(project.organizationId, input.externalId(), id, "starter project");
        }
        fieldsOfAction.requireUsable(project.organizationId, input.fieldsOfAction());
        List<ProjectParty> newParties = partiesOf(project, input);
        checkComponents(input);
        List<ProjectParty> currentParties =
                bulk == null ? parties.ofProjects(List.of(id)) : bulk.parties().getOrDefault(id, List.of());
        boolean sameParties = sameParties(currentParties, newParties);
        apply(input, project);
        if (sameParties && !Dirty.isDirty(projects.getEntityManager(), project)) {
            return project;
        }
        project.touched(access.caller().username());
        if (bulk == null) {
            projects.flush();
        }
        if (!sameParties) {
            // Deletes by query and flushes: in bulk only a project whose parties change costs these statements.
            parties.replace(project.id, newParties);
            if (bulk == null) {
                parties.flush();
            }
        }
        return project;
    }

    private static boolean sameParties(List<ProjectParty> current, List<ProjectParty> next) {
        Function<List<ProjectParty>, Set<String>> keys =
                list -> list.stream().map(p -> p.stakeholderId + "/" + p.role).collect(Collectors.toSet());
        return current.size() == next.size() && keys.apply(current).equals(keys.apply(next));
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

    /** Linked components must be parts of the project's strategy. */
    private void checkComponents(ProjectInput input) {
        List<UUID> ids = input.componentIds() == null ? List.of() : input.componentIds();
        if (ids.isEmpty()) {
            return;
        }
        if (input.strategyId() == null) {
            throw ApiException.invalid("componentIds", "need a strategyId: components are parts of a strategy");
        }
        Set<UUID> known = components.idsOf(input.strategyId());
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

    private StarterProject writable(UUID id, String ifMatch) {
        StarterProject project = access.writable(projects.findById(id), WHAT);
        Versions.requireMatch(ifMatch, project.version);
        return project;
    }

    /** The parties' stakeholders the caller may read; parties naming any other are left out wherever shown. */
    private Map<UUID, Stakeholder> stakeholdersOf(List<ProjectParty> projectParties) {
        Set<UUID> ids = projectParties.stream().map(p -> p.stakeholderId).collect(Collectors.toSet());
        return access.readableOnly(stakeholders.byIds(ids).values()).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
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
        Map<UUID, Stakeholder> found = stakeholders.byIds(ids);
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
        p.budgetPlanned = Dirty.sameAmount(p.budgetPlanned, input.budgetPlanned());
        p.budgetActual = Dirty.sameAmount(p.budgetActual, input.budgetActual());
        p.fundingSource = blankToNull(input.fundingSource());
        p.visibility = input.visibility() == null ? Visibility.PRIVATE : input.visibility();
        p.externalId = blankToNull(input.externalId());
    }
}
