package city.circular.hub.workshop;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WorkshopOutcome",
        description = "What a workshop produced.",
        requiredProperties = {
            "id",
            "workshopId",
            "type",
            "text",
            "votes",
            "version",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy"
        })
public record OutcomeView(
        UUID id,
        UUID workshopId,
        OutcomeType type,

        @Schema(examples = "Bauteilbörse für Rückbaumaterial aus städtischen Gebäuden")
        String text,

        @Schema(examples = "12") int votes,

        @Schema(description = "1 (highest) to 5", examples = "1")
        Integer priority,

        @Schema(description = "What the outcome was turned into; absent until it was converted")
        Conversion convertedTo,

        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    @Schema(
            name = "OutcomeConversion",
            description = "The starter project or goal an outcome became.",
            requiredProperties = {"kind", "id"})
    public record Conversion(ConversionKind kind, UUID id) {}

    static OutcomeView of(Outcome o) {
        return new OutcomeView(
                o.id,
                o.workshopId,
                o.type,
                o.text,
                o.votes,
                o.priority == null ? null : o.priority.intValue(),
                o.convertedToKind() == null ? null : new Conversion(o.convertedToKind(), o.convertedToId()),
                o.version,
                o.createdAt,
                o.createdBy,
                o.updatedAt,
                o.updatedBy);
    }
}
