package city.circular.hub.indicator;

import city.circular.hub.common.Bounds;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "MeasuredValue",
        description = "A value of the indicator at a date: its baseline, or a target.",
        requiredProperties = {"value", "date"})
public record MeasuredValue(
        @NotNull
        @DecimalMin(Bounds.FIGURE_MIN)
        @DecimalMax(Bounds.FIGURE_MAX)
        @Digits(integer = Bounds.FIGURE_INTEGER, fraction = Bounds.FIGURE_FRACTION)
        @Schema(examples = "452")
        BigDecimal value,

        @NotNull @Schema(examples = "2020-12-31") LocalDate date) {}
