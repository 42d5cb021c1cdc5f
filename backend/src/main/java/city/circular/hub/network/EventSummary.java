package city.circular.hub.network;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NetworkEventSummary",
        description = "A network event as the schedule lists it.",
        requiredProperties = {"id", "networkId", "kind", "title", "startsAt", "endsAt", "version"})
public record EventSummary(
        UUID id,
        UUID networkId,
        EventKind kind,
        String title,
        Instant startsAt,
        Instant endsAt,
        String place,
        String onlineLink,
        long version) {}
