package city.circular.hub.network;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NetworkStatusReportDraft",
        description = "A report not yet submitted, pre-filled from the municipality's own records since its last "
                + "report in this network (or since it joined): the figures a submitted report keeps, and the next "
                + "steps it named last time.",
        requiredProperties = {"eventId", "networkId", "organization", "coversFrom", "coversTo", "figures"})
public record StatusReportDraft(
        UUID eventId,
        UUID networkId,
        OrganizationRef organization,
        Instant coversFrom,
        Instant coversTo,
        @Schema(description = "The previous report, if any") UUID previousReportId,

        @Schema(description = "The next steps the previous report named")
        String previousNextSteps,

        StatusFigures figures) {}
