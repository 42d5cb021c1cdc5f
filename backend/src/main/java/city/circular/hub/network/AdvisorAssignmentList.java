package city.circular.hub.network;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AdvisorAssignmentList",
        description = "A network's advisor assignments the caller may see, the newest first.",
        requiredProperties = {"items"})
public record AdvisorAssignmentList(List<AdvisorAssignmentView> items) {}
