package city.circular.hub.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "IndicatorValue",
        description = "One measured or estimated value of an indicator.",
        requiredProperties = {
            "id",
            "observedOn",
            "value",
            "kind",
            "version",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy"
        })
public record IndicatorValueView(
        @Schema(examples = "9b2d4f1e-7c3a-4e8b-a1d2-3c4b5a697081")
        UUID id,

        @Schema(examples = "2025-12-31") LocalDate observedOn,
        @Schema(examples = "405") BigDecimal value,
        ValueKind kind,
        @Schema(examples = "Abfallbilanz 2025") String source,
        @Schema(examples = "Vorläufiger Wert") String comment,
        @Schema(examples = "2025-Q4") String externalId,

        @Schema(description = "The value's own version, its ETag in an upsert's answer", examples = "0")
        long version,

        Instant createdAt,
        @Schema(examples = "musterstadt-editor") String createdBy,
        Instant updatedAt,
        @Schema(examples = "musterstadt-editor") String updatedBy) {}
