package city.circular.hub.indicator;

import city.circular.hub.common.Bounds;
import city.circular.hub.sync.Upserts;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorValueInput", description = "A value of an indicator, to add or to correct by its externalId.")
public record IndicatorValueInput(
        @NotNull @Schema(examples = "2025-12-31") LocalDate observedOn,

        @NotNull
        @DecimalMin(Bounds.FIGURE_MIN)
        @DecimalMax(Bounds.FIGURE_MAX)
        @Digits(integer = Bounds.FIGURE_INTEGER, fraction = Bounds.FIGURE_FRACTION)
        @Schema(examples = "405")
        BigDecimal value,

        @Schema(description = "Defaults to ACTUAL") ValueKind kind,

        @Size(max = 500) @Schema(examples = "Abfallbilanz 2025")
        String source,

        @Size(max = 1000) @Schema(examples = "Vorläufiger Wert, Gewerbeabfälle ohne Bauschutt")
        String comment,

        @Size(max = Upserts.MAX_EXTERNAL_ID)
        @Schema(description = "The value's key in the source system, unique within the indicator", examples = "2025-Q4")
        String externalId) {

    IndicatorValueInput withExternalId(String key) {
        return new IndicatorValueInput(observedOn, value, kind, source, comment, key);
    }
}
