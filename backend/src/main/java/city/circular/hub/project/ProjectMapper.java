package city.circular.hub.project;

import city.circular.hub.project.ProjectViews.ImpactTotals;
import city.circular.hub.project.ProjectViews.MeasureView;
import city.circular.hub.project.ProjectViews.PartyView;
import city.circular.hub.project.ProjectViews.ProjectSummary;
import city.circular.hub.project.ProjectViews.ProjectView;
import city.circular.hub.project.ProjectViews.StatusUpdateView;
import city.circular.hub.stakeholder.Stakeholder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

final class ProjectMapper {

    private ProjectMapper() {}

    static ProjectView toView(StarterProject p, List<PartyView> parties, List<Measure> measures) {
        return new ProjectView(
                p.id,
                p.organizationId,
                p.strategyId,
                p.title,
                p.summary,
                List.copyOf(p.fieldsOfAction),
                List.copyOf(p.componentIds),
                p.status,
                p.status.next(p.resumeStatus),
                p.statusReason,
                p.startDate,
                p.plannedCompletion,
                p.actualCompletion,
                p.budgetPlanned,
                p.budgetActual,
                p.fundingSource,
                p.originOutcomeId,
                p.originNote,
                p.originPracticeTitle == null
                        ? null
                        : new ProjectViews.OriginPractice(
                                p.originPracticeId, p.originPracticeVersion, p.originPracticeTitle),
                parties,
                measures.stream().map(ProjectMapper::toView).toList(),
                totals(measures),
                p.visibility,
                p.externalId,
                p.version,
                p.createdAt,
                p.createdBy,
                p.updatedAt,
                p.updatedBy);
    }

    static ProjectSummary toSummary(StarterProject p, List<String> responsible, List<Measure> measures) {
        return new ProjectSummary(
                p.id,
                p.organizationId,
                p.strategyId,
                p.title,
                List.copyOf(p.fieldsOfAction),
                p.status,
                p.plannedCompletion,
                responsible,
                totals(measures),
                p.visibility,
                p.version,
                p.updatedAt);
    }

    static PartyView toView(ProjectParty party, Map<java.util.UUID, Stakeholder> stakeholders) {
        Stakeholder s = stakeholders.get(party.stakeholderId);
        return new PartyView(party.stakeholderId, s.name, s.sector, party.role);
    }

    static MeasureView toView(Measure m) {
        return new MeasureView(
                m.id,
                m.projectId,
                m.position,
                m.title,
                m.description,
                m.responsible,
                m.involved,
                m.plannedCompletion,
                m.status,
                m.cost,
                m.co2eTonnesPerYear,
                m.co2eMethod,
                m.co2eConfidence,
                m.renewableMwhPerYear,
                m.energyCarrierFrom,
                m.energyCarrierTo,
                m.energyReplacedMwhPerYear,
                m.materialAvoidedT,
                m.materialReusedT,
                m.materialRecycledT,
                m.steps.stream()
                        .map(s -> new MeasureInput.StepInput(s.title(), s.done()))
                        .toList(),
                m.indicatorContributions.stream()
                        .map(c -> new MeasureInput.ContributionInput(c.indicatorId(), c.value()))
                        .toList(),
                m.progress(),
                m.externalId,
                m.version,
                m.updatedAt);
    }

    static StatusUpdateView toView(StatusUpdate u) {
        return new StatusUpdateView(
                u.id, u.projectId, u.reportedOn, u.author, u.text, u.progress == null ? null : u.progress.intValue());
    }

    /** Sums over the measures that still count, i.e. all but cancelled ones. */
    static ImpactTotals totals(List<Measure> measures) {
        List<Measure> counted = measures.stream()
                .filter(m -> m.status != MeasureStatus.CANCELLED)
                .toList();
        List<Integer> progress =
                counted.stream().map(Measure::progress).filter(Objects::nonNull).toList();
        return new ImpactTotals(
                counted.size(),
                sum(counted, m -> m.co2eTonnesPerYear),
                sum(counted, m -> m.renewableMwhPerYear),
                sum(counted, m -> m.energyReplacedMwhPerYear),
                sum(counted, m -> m.materialAvoidedT),
                sum(counted, m -> m.materialReusedT),
                sum(counted, m -> m.materialRecycledT),
                sum(counted, m -> m.cost),
                progress.isEmpty()
                        ? null
                        : (int) Math.round(progress.stream()
                                .mapToInt(Integer::intValue)
                                .average()
                                .orElse(0)));
    }

    private static BigDecimal sum(List<Measure> measures, Function<Measure, BigDecimal> value) {
        return measures.stream().map(value).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
