package city.circular.hub.project;

import city.circular.hub.common.Bounds;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeasureInput", description = "A measure of a starter project with its steps and impact estimates.")
public record MeasureInput(
        @NotBlank @Size(max = 200) @Schema(examples = "Rückbau Schule Nord: Bauteile erfassen")
        String title,

        @Size(max = 4000) String description,
        @Size(max = 200) @Schema(examples = "Hochbauamt") String responsible,

        @Size(max = 500) @Schema(examples = "Handwerkskammer, Bauunternehmen Stein & Partner")
        String involved,

        LocalDate plannedCompletion,
        @Schema(description = "Defaults to PLANNED") MeasureStatus status,

        @DecimalMin(Bounds.ZERO)
        @DecimalMax(Bounds.MONEY_MAX)
        @Digits(integer = Bounds.MONEY_INTEGER, fraction = Bounds.MONEY_FRACTION)
        @Schema(description = "Cost in euros", examples = "45000")
        BigDecimal cost,

        @DecimalMin(Bounds.QUANTITY_MIN)
        @DecimalMax(Bounds.QUANTITY_MAX)
        @Digits(integer = Bounds.QUANTITY_INTEGER, fraction = Bounds.QUANTITY_FRACTION)
        @Schema(
                description = "Estimated CO2e saved, tonnes per year (negative when the measure adds emissions)",
                examples = "120.5")
        BigDecimal co2eTonnesPerYear,

        @Size(max = 500) @Schema(examples = "Ökobaudat, avoided new concrete")
        String co2eMethod,

        Confidence co2eConfidence,

        @DecimalMin(Bounds.ZERO)
        @DecimalMax(Bounds.QUANTITY_MAX)
        @Digits(integer = Bounds.QUANTITY_INTEGER, fraction = Bounds.QUANTITY_FRACTION)
        @Schema(description = "Renewable energy generated, MWh per year")
        BigDecimal renewableMwhPerYear,

        @Size(max = 100) @Schema(examples = "Erdgas") String energyCarrierFrom,

        @Size(max = 100) @Schema(examples = "Fernwärme aus Abwärme")
        String energyCarrierTo,

        @DecimalMin(Bounds.ZERO)
        @DecimalMax(Bounds.QUANTITY_MAX)
        @Digits(integer = Bounds.QUANTITY_INTEGER, fraction = Bounds.QUANTITY_FRACTION)
        @Schema(description = "Energy of the replaced carrier, MWh per year")
        BigDecimal energyReplacedMwhPerYear,

        @DecimalMin(Bounds.ZERO)
        @DecimalMax(Bounds.QUANTITY_MAX)
        @Digits(integer = Bounds.QUANTITY_INTEGER, fraction = Bounds.QUANTITY_FRACTION)
        @Schema(description = "Material avoided, tonnes per year")
        BigDecimal materialAvoidedT,

        @DecimalMin(Bounds.ZERO)
        @DecimalMax(Bounds.QUANTITY_MAX)
        @Digits(integer = Bounds.QUANTITY_INTEGER, fraction = Bounds.QUANTITY_FRACTION)
        @Schema(description = "Material reused, tonnes per year")
        BigDecimal materialReusedT,

        @DecimalMin(Bounds.ZERO)
        @DecimalMax(Bounds.QUANTITY_MAX)
        @Digits(integer = Bounds.QUANTITY_INTEGER, fraction = Bounds.QUANTITY_FRACTION)
        @Schema(description = "Material recycled, tonnes per year")
        BigDecimal materialRecycledT,

        @Size(max = 100) List<@Valid @NotNull StepInput> steps,

        @Size(max = 20) @Schema(description = "Estimated yearly contributions to indicators of the project's strategy")
        List<@Valid @NotNull ContributionInput> indicatorContributions,

        @Size(max = 200)
        @Schema(description = "Key in the caller's source system, unique within the project", examples = "massn-017")
        String externalId) {

    /** The same input under this external id. */
    MeasureInput withExternalId(String key) {
        return new MeasureInput(
                title,
                description,
                responsible,
                involved,
                plannedCompletion,
                status,
                cost,
                co2eTonnesPerYear,
                co2eMethod,
                co2eConfidence,
                renewableMwhPerYear,
                energyCarrierFrom,
                energyCarrierTo,
                energyReplacedMwhPerYear,
                materialAvoidedT,
                materialReusedT,
                materialRecycledT,
                steps,
                indicatorContributions,
                key);
    }

    @Schema(
            name = "IndicatorContribution",
            requiredProperties = {"indicatorId", "value"})
    public record ContributionInput(
            @NotNull UUID indicatorId,

            @NotNull
            @DecimalMin(Bounds.FIGURE_MIN)
            @DecimalMax(Bounds.FIGURE_MAX)
            @Digits(integer = Bounds.FIGURE_INTEGER, fraction = Bounds.FIGURE_FRACTION)
            @Schema(description = "Per year, in the indicator's unit", examples = "-12.5")
            BigDecimal value) {}

    @Schema(
            name = "MeasureStep",
            requiredProperties = {"title", "done"})
    public record StepInput(@NotBlank @Size(max = 200) String title, boolean done) {}
}
