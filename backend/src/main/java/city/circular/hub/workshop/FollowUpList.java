package city.circular.hub.workshop;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WorkshopFollowUpList",
        description = "A workshop's follow-ups by due date.",
        requiredProperties = {"workshopId", "items"})
public record FollowUpList(UUID workshopId, List<FollowUpView> items) {}
