package city.circular.hub.component;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "StrategyComponent",
        description = "One entry of a strategy's outline.",
        requiredProperties = {
            "id",
            "strategyId",
            "type",
            "position",
            "depth",
            "title",
            "status",
            "sdgTargets",
            "localGoals",
            "version",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy"
        })
public record StrategyComponentView(
        @Schema(examples = "3d0c7a55-5b6f-4c86-9a5e-1b0f2f5c9e21")
        UUID id,

        @Schema(examples = "6f1f9f5e-2d0c-4a51-9d76-5b8f0d9e4a11")
        UUID strategyId,

        @Schema(description = "The parent component; absent at the top level")
        UUID parentId,

        ComponentType type,

        @Schema(description = "0-based place among its siblings", examples = "0")
        int position,

        @Schema(description = "Nesting level: 0 at the top level, at most 4", examples = "1")
        int depth,

        @Schema(examples = "Siedlungsabfall pro Kopf bis 2030 um 20 % senken")
        String title,

        @Schema(examples = "Weniger Restmüll durch Vermeidung, Wiederverwendung und Reparatur.")
        String description,

        @Schema(examples = "Amt für Umwelt und Abfallwirtschaft")
        String responsibleUnit,

        ComponentStatus status,

        @Schema(description = "SDG targets this goal contributes to (GOAL components only)")
        List<SdgLink> sdgTargets,

        List<LocalGoalLink> localGoals,

        @Schema(description = "The workshop outcome the component came from")
        UUID originOutcomeId,

        @Schema(examples = "ziel-abf") String externalId,

        @Schema(description = "Optimistic-lock version; the ETag is this number in quotes", examples = "3")
        long version,

        Instant createdAt,
        @Schema(examples = "musterstadt-editor") String createdBy,
        Instant updatedAt,
        @Schema(examples = "musterstadt-editor") String updatedBy) {}
