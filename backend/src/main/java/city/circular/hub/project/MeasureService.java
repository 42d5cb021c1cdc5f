package city.circular.hub.project;

import static city.circular.hub.common.Strings.blankToNull;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.AuditedRecord;
import city.circular.hub.common.Dirty;
import city.circular.hub.common.FieldError;
import city.circular.hub.common.ProblemType;
import city.circular.hub.common.Versions;
import city.circular.hub.indicator.IndicatorService;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.sync.ChildCollection;
import city.circular.hub.sync.Upserts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The measures of starter projects: what is done, by whom and when, with its cost and impact and what it contributes
 * to the strategy's indicators. A project's readers read its measures; its writers change them.
 */
@ApplicationScoped
public class MeasureService {

    private final ProjectRepository projects;
    private final MeasureRepository measures;
    private final IndicatorService indicators;
    private final AccessPolicy access;

    public MeasureService(
            ProjectRepository projects, MeasureRepository measures, IndicatorService indicators, AccessPolicy access) {
        this.projects = projects;
        this.measures = measures;
        this.indicators = indicators;
        this.access = access;
    }

    @Transactional
    public Measure addMeasure(UUID projectId, MeasureInput input) {
        StarterProject project = access.writable(projects.findById(projectId), StarterProjectService.WHAT);
        Measure measure = new Measure();
        measure.created(access.caller().username());
        measure.projectId = project.id;
        measure.position = measures.nextPosition(project.id);
        checkContributions(project, input);
        checkExternalId(project.id, input, null);
        apply(input, measure);
        measures.persistAndFlush(measure);
        return measure;
    }

    public Measure getMeasure(UUID projectId, UUID measureId) {
        StarterProject project = access.readable(projects.findById(projectId), StarterProjectService.WHAT);
        return measures.find(project.id, measureId).orElseThrow(() -> ApiException.notFound("Measure"));
    }

    @Transactional
    public Measure updateMeasure(UUID projectId, UUID measureId, String ifMatch, MeasureInput input) {
        Measure measure = writableMeasure(projectId, measureId, ifMatch);
        // Checked before the entity changes: the queries would otherwise flush the half-applied update.
        checkContributions(projects.findById(projectId), input);
        checkExternalId(measure.projectId, input, measure.id);
        apply(input, measure);
        Dirty.touchIfChanged(
                measures.getEntityManager(), measure, access.caller().username());
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
        Set<UUID> known = indicators.idsOf(project.strategyId);
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

    private void checkExternalId(UUID projectId, MeasureInput input, UUID self) {
        String externalId = blankToNull(input.externalId());
        if (measures.externalIdTaken(projectId, externalId, self)) {
            throw new ApiException(
                    ProblemType.CONFLICT,
                    "Another measure of this project has the external id " + externalId + ".",
                    List.of(new FieldError("externalId", "is already used by another measure")));
        }
    }

    /**
     * The project's measures as a collection to upsert into by external id, which is unique per project: only its
     * measures are looked at, and they are written by {@link #addMeasure} and {@link #updateMeasure}.
     */
    public Upserts.Collection<MeasureInput> byExternalId(UUID projectId) {
        return new ChildCollection<>(
                "/api/v1/starter-projects/" + projectId + "/measures",
                () -> access.writable(projects.findById(projectId), StarterProjectService.WHAT).organizationId,
                MeasureInput::externalId,
                MeasureInput::withExternalId,
                key -> measures.idByExternalId(projectId, key),
                input -> written(addMeasure(projectId, input)),
                (id, ifMatch, input) -> written(updateMeasure(projectId, id, ifMatch, input)));
    }

    private static Upserts.Written written(Measure measure) {
        return new Upserts.Written(measure.id, measure.version, ProjectMapper.toView(measure));
    }

    private Measure writableMeasure(UUID projectId, UUID measureId, String ifMatch) {
        StarterProject project = access.writable(projects.findById(projectId), StarterProjectService.WHAT);
        Measure measure = measures.find(project.id, measureId).orElseThrow(() -> ApiException.notFound("Measure"));
        Versions.requireMatch(ifMatch, measure.version);
        return measure;
    }

    private static void apply(MeasureInput input, Measure m) {
        m.title = input.title().strip();
        m.externalId = blankToNull(input.externalId());
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
        m.cost = Dirty.sameAmount(m.cost, input.cost());
        m.co2eTonnesPerYear = Dirty.sameAmount(m.co2eTonnesPerYear, input.co2eTonnesPerYear());
        m.co2eMethod = blankToNull(input.co2eMethod());
        m.co2eConfidence = input.co2eConfidence();
        m.renewableMwhPerYear = Dirty.sameAmount(m.renewableMwhPerYear, input.renewableMwhPerYear());
        m.energyCarrierFrom = blankToNull(input.energyCarrierFrom());
        m.energyCarrierTo = blankToNull(input.energyCarrierTo());
        m.energyReplacedMwhPerYear = Dirty.sameAmount(m.energyReplacedMwhPerYear, input.energyReplacedMwhPerYear());
        m.materialAvoidedT = Dirty.sameAmount(m.materialAvoidedT, input.materialAvoidedT());
        m.materialReusedT = Dirty.sameAmount(m.materialReusedT, input.materialReusedT());
        m.materialRecycledT = Dirty.sameAmount(m.materialRecycledT, input.materialRecycledT());
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
