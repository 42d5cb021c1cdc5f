package city.circular.hub.indicator;

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
        @NotNull @Digits(integer = 15, fraction = 6) @Schema(examples = "452")
        BigDecimal value,

        @NotNull @Schema(examples = "2020-12-31") LocalDate date) {}
