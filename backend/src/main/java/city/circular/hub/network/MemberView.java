package city.circular.hub.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NetworkMember",
        description = "One organization's membership of a network, from invitation or request to its end.",
        requiredProperties = {
            "id",
            "networkId",
            "networkName",
            "organization",
            "role",
            "status",
            "sharesAggregates",
            "version",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy"
        })
public record MemberView(
        UUID id,
        UUID networkId,
        @Schema(examples = "Kreislaufstädte NRW") String networkName,
        OrganizationRef organization,
        MemberRole role,
        MembershipStatus status,

        @Schema(description = "When the membership was accepted")
        LocalDate joinedOn,

        @Schema(description = "When the member left or was removed")
        LocalDate leftOn,

        String note,

        @Schema(
                description = "Whether the member lets the network's dashboard count all its records, PRIVATE ones"
                        + " too, as aggregate figures only (never the records themselves)")
        boolean sharesAggregates,

        @Schema(description = "When the member's admin last consented or withdrew (a membership's end withdraws)")
        Instant aggregatesDecidedAt,

        @Schema(description = "Who last consented or withdrew", examples = "anna.admin")
        String aggregatesDecidedBy,

        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {}
