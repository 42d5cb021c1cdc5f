package city.circular.hub.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ReportedIndicatorValue",
        description = "A value added to one of the organization's indicators in the period.",
        requiredProperties = {"indicatorId", "indicatorName", "observedOn", "value", "kind", "addedAt"})
public record ReportedValue(
        UUID indicatorId,
        @Schema(examples = "Restabfall je Einwohner") String indicatorName,
        @Schema(examples = "kg/(Einw.·a)") String unit,
        LocalDate observedOn,
        @Schema(examples = "92.5") BigDecimal value,
        ValueKind kind,
        Instant addedAt) {}
