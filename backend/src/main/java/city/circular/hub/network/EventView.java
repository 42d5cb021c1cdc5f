package city.circular.hub.network;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NetworkEvent",
        description = "A network event with its agenda (each item's times computed) and materials.",
        requiredProperties = {
            "id",
            "networkId",
            "kind",
            "title",
            "startsAt",
            "endsAt",
            "agenda",
            "materials",
            "version",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy"
        })
public record EventView(
        UUID id,
        UUID networkId,
        EventKind kind,
        @Schema(examples = "Virtueller Statustermin März") String title,
        Instant startsAt,
        Instant endsAt,
        String place,
        String onlineLink,
        String description,
        Agenda agenda,
        List<Link> materials,
        String minutes,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    @Schema(
            name = "NetworkEventAgenda",
            description = "The agenda in order; each item's times follow from the event's start and the durations "
                    + "before it.",
            requiredProperties = {"availableMinutes", "plannedMinutes", "items"})
    public record Agenda(
            @Schema(description = "The event's length in minutes", examples = "120")
            long availableMinutes,

            @Schema(description = "The items' durations added up", examples = "105")
            long plannedMinutes,

            List<AgendaEntry> items) {}

    @Schema(
            name = "NetworkEventAgendaItem",
            description = "One block of the agenda with its computed times.",
            requiredProperties = {"position", "title", "durationMinutes", "startsAt", "endsAt"})
    public record AgendaEntry(
            @Schema(description = "1-based place in the agenda", examples = "1")
            int position,

            String title,
            int durationMinutes,
            String method,
            String responsible,
            String expectedOutput,
            Instant startsAt,
            Instant endsAt) {}
}
