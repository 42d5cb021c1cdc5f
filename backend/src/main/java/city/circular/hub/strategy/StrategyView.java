package city.circular.hub.strategy;

import city.circular.hub.common.Visibility;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Strategy",
        description = "A municipality's circular-economy strategy.",
        requiredProperties = {
            "id",
            "organizationId",
            "title",
            "status",
            "visibility",
            "version",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy"
        })
public record StrategyView(
        @Schema(examples = "6f1f9f5e-2d0c-4a51-9d76-5b8f0d9e4a11")
        UUID id,

        @Schema(description = "The owning organization", examples = "0b5c6d3e-8f41-4c1e-9d1a-2f3b4c5d6e7f")
        UUID organizationId,

        @Schema(examples = "Kreislaufstadt Musterstadt 2030")
        String title,

        @Schema(examples = "Musterstadt's path to a circular economy.")
        String summary,

        @Schema(description = "First year of the strategy period", examples = "2025")
        Integer periodFrom,

        @Schema(description = "Last year of the strategy period", examples = "2030")
        Integer periodTo,

        StrategyStatus status,

        @Schema(description = "The adoption decision; present once the strategy was adopted")
        Adoption adoption,

        Visibility visibility,

        @Schema(description = "Key of this strategy in the caller's source system", examples = "ris-2025-0042")
        String externalId,

        @Schema(description = "Optimistic-lock version; the ETag is this number in quotes", examples = "3")
        long version,

        Instant createdAt,
        @Schema(examples = "musterstadt-editor") String createdBy,
        Instant updatedAt,
        @Schema(examples = "musterstadt-editor") String updatedBy) {}
