package city.circular.hub.network;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AdvisorCheckInList",
        description = "An assignment's check-ins, the latest first.",
        requiredProperties = {"items"})
public record CheckInList(List<CheckInView> items) {}
