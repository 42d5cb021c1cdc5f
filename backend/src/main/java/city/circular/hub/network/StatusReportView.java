package city.circular.hub.network;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NetworkStatusReport",
        description = "A member municipality's status report for a virtual status update, shared with the network.",
        requiredProperties = {
            "id",
            "eventId",
            "networkId",
            "organization",
            "coversFrom",
            "coversTo",
            "progress",
            "figures",
            "version",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy"
        })
public record StatusReportView(
        UUID id,
        UUID eventId,
        UUID networkId,
        OrganizationRef organization,

        @Schema(description = "End of the previous report's period, or the start of the day the member joined")
        Instant coversFrom,

        Instant coversTo,
        String progress,
        String nextSteps,
        String helpNeeded,
        StatusFigures figures,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {}
