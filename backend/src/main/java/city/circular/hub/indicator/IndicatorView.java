package city.circular.hub.indicator;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Indicator",
        description = "What a goal is measured by, with its values and computed progress.",
        requiredProperties = {
            "id",
            "strategyId",
            "componentId",
            "name",
            "unit",
            "kind",
            "direction",
            "targets",
            "values",
            "progress",
            "version",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy"
        })
public record IndicatorView(
        @Schema(examples = "5a1e2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b")
        UUID id,

        @Schema(examples = "6f1f9f5e-2d0c-4a51-9d76-5b8f0d9e4a11")
        UUID strategyId,

        @Schema(description = "The GOAL component measured", examples = "3d0c7a55-5b6f-4c86-9a5e-1b0f2f5c9e21")
        UUID componentId,

        @Schema(examples = "Siedlungsabfall pro Kopf") String name,
        @Schema(examples = "kg/(Einw.·a)") String unit,
        IndicatorKind kind,
        IndicatorDirection direction,

        @Schema(description = "Absent when no baseline is set")
        MeasuredValue baseline,

        @Schema(description = "Dated targets, ascending") List<MeasuredValue> targets,

        @Schema(examples = "Abfallbilanz der Stadt Musterstadt")
        String source,

        @Schema(examples = "abf-01") String externalId,
        @Schema(description = "All values, oldest first") List<IndicatorValueView> values,
        IndicatorProgress progress,

        @Schema(
                description = "Optimistic-lock version; the ETag is this number in quotes. Adding, correcting or "
                        + "deleting a value changes it.",
                examples = "3")
        long version,

        Instant createdAt,
        @Schema(examples = "musterstadt-editor") String createdBy,
        Instant updatedAt,
        @Schema(examples = "musterstadt-editor") String updatedBy) {}
