package city.circular.hub.workshop;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WorkshopOutcomeList",
        description = "A workshop's outcomes in the order they were recorded.",
        requiredProperties = {"workshopId", "items"})
public record OutcomeList(UUID workshopId, List<OutcomeView> items) {}
