package city.circular.hub.project;

import city.circular.hub.common.Visibility;
import city.circular.hub.stakeholder.Sector;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API answers about starter projects. */
public final class ProjectViews {

    private ProjectViews() {}

    @Schema(
            name = "StarterProject",
            description = "A starter project with its parties, measures and impact totals.",
            requiredProperties = {
                "id", "organizationId", "title", "fieldsOfAction", "componentIds", "status", "allowedNext", "parties",
                "measures", "totals", "visibility", "version", "createdAt", "createdBy", "updatedAt", "updatedBy"
            })
    public record ProjectView(
            UUID id,
            UUID organizationId,
            UUID strategyId,
            String title,
            String summary,
            List<String> fieldsOfAction,
            List<UUID> componentIds,
            ProjectStatus status,

            @Schema(description = "The statuses the project may move to next")
            Set<ProjectStatus> allowedNext,

            @Schema(description = "Why the project is on hold or cancelled")
            String statusReason,

            LocalDate startDate,
            LocalDate plannedCompletion,
            LocalDate actualCompletion,
            BigDecimal budgetPlanned,
            BigDecimal budgetActual,
            String fundingSource,

            @Schema(description = "The workshop outcome the project came from")
            UUID originOutcomeId,

            String originNote,

            @Schema(description = "The good practice the project was adopted from, as it was when adopted")
            OriginPractice originPractice,

            List<PartyView> parties,
            List<MeasureView> measures,
            ImpactTotals totals,
            Visibility visibility,
            String externalId,
            long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy) {}

    @Schema(
            name = "OriginPractice",
            description = "The practice a project was adopted from: its id (absent once the practice is deleted), "
                    + "and the version and title that were adopted.",
            requiredProperties = {"version", "title"})
    public record OriginPractice(UUID practiceId, long version, String title) {}

    @Schema(
            name = "StarterProjectSummary",
            description = "A starter project as lists and boards show it.",
            requiredProperties = {
                "id",
                "organizationId",
                "title",
                "fieldsOfAction",
                "status",
                "responsible",
                "totals",
                "visibility",
                "version",
                "updatedAt"
            })
    public record ProjectSummary(
            UUID id,
            UUID organizationId,
            UUID strategyId,
            String title,
            List<String> fieldsOfAction,
            ProjectStatus status,
            LocalDate plannedCompletion,

            @Schema(description = "Names of the RESPONSIBLE parties")
            List<String> responsible,

            ImpactTotals totals,
            Visibility visibility,
            long version,
            Instant updatedAt) {}

    @Schema(
            name = "StarterProjectPage",
            requiredProperties = {"items"})
    public record ProjectPage(
            List<ProjectSummary> items,

            @Schema(description = "Cursor for the next page; absent on the last page")
            String next) {}

    @Schema(
            name = "ProjectParty",
            requiredProperties = {"stakeholderId", "name", "sector", "role"})
    public record PartyView(UUID stakeholderId, String name, Sector sector, Raci role) {}

    @Schema(
            name = "Measure",
            requiredProperties = {
                "id",
                "projectId",
                "position",
                "title",
                "status",
                "steps",
                "indicatorContributions",
                "version",
                "updatedAt"
            })
    public record MeasureView(
            UUID id,
            UUID projectId,
            int position,
            String title,
            String description,
            String responsible,
            String involved,
            LocalDate plannedCompletion,
            MeasureStatus status,
            BigDecimal cost,
            BigDecimal co2eTonnesPerYear,
            String co2eMethod,
            Confidence co2eConfidence,
            BigDecimal renewableMwhPerYear,
            String energyCarrierFrom,
            String energyCarrierTo,
            BigDecimal energyReplacedMwhPerYear,
            BigDecimal materialAvoidedT,
            BigDecimal materialReusedT,
            BigDecimal materialRecycledT,
            List<MeasureInput.StepInput> steps,
            List<MeasureInput.ContributionInput> indicatorContributions,

            @Schema(description = "Share of done steps in percent; absent without steps")
            Integer progress,

            @Schema(examples = "massn-017") String externalId,

            long version,
            Instant updatedAt) {}

    @Schema(
            name = "ImpactTotals",
            description = "Sums over a project's measures (cancelled measures excluded); progress is the mean of the "
                    + "measures' progress.",
            requiredProperties = {
                "measureCount", "co2eTonnesPerYear", "renewableMwhPerYear", "energyReplacedMwhPerYear",
                "materialAvoidedT", "materialReusedT", "materialRecycledT", "cost"
            })
    public record ImpactTotals(
            int measureCount,
            BigDecimal co2eTonnesPerYear,
            BigDecimal renewableMwhPerYear,
            BigDecimal energyReplacedMwhPerYear,
            BigDecimal materialAvoidedT,
            BigDecimal materialReusedT,
            BigDecimal materialRecycledT,
            BigDecimal cost,

            @Schema(description = "Mean progress of the measures that have steps; absent if none")
            Integer progress) {}

    @Schema(
            name = "IndicatorContributions",
            description = "What the measures of a strategy's projects are estimated to contribute to one indicator "
                    + "(cancelled measures and projects left out).",
            requiredProperties = {"indicatorId", "total", "measures"})
    public record ContributionsView(UUID indicatorId, BigDecimal total, List<MeasureContribution> measures) {}

    @Schema(
            name = "MeasureContribution",
            requiredProperties = {"projectId", "projectTitle", "measureId", "measureTitle", "value"})
    public record MeasureContribution(
            UUID projectId, String projectTitle, UUID measureId, String measureTitle, BigDecimal value) {}

    @Schema(
            name = "ProjectStatusUpdate",
            requiredProperties = {"id", "projectId", "reportedOn", "author", "text"})
    public record StatusUpdateView(
            UUID id, UUID projectId, LocalDate reportedOn, String author, String text, Integer progress) {}
}
