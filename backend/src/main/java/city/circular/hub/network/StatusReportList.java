package city.circular.hub.network;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NetworkStatusReportList",
        description = "The reports of a status update and, per member municipality, whether it has reported.",
        requiredProperties = {"items", "members"})
public record StatusReportList(List<StatusReportView> items, List<Reporting> members) {

    @Schema(
            name = "NetworkStatusReporting",
            description = "Whether a member municipality has reported.",
            requiredProperties = {"organization", "reported"})
    public record Reporting(OrganizationRef organization, boolean reported, UUID reportId, Instant submittedAt) {}
}
