package city.circular.hub.workshop;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ReportedWorkshop",
        description = "A workshop the organization held in the period.",
        requiredProperties = {"workshopId", "title", "startsAt", "endsAt"})
public record WorkshopHeld(UUID workshopId, String title, Instant startsAt, Instant endsAt) {}
