package city.circular.hub.indicator;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorValueInput", description = "A value to add to an indicator.")
public record IndicatorValueInput(
        @NotNull @Schema(examples = "2025-12-31") LocalDate observedOn,

        @NotNull @Digits(integer = 15, fraction = 6) @Schema(examples = "405")
        BigDecimal value,

        @Schema(description = "Defaults to ACTUAL") ValueKind kind,

        @Size(max = 500) @Schema(examples = "Abfallbilanz 2025")
        String source,

        @Size(max = 1000) @Schema(examples = "Vorläufiger Wert, Gewerbeabfälle ohne Bauschutt")
        String comment) {}
