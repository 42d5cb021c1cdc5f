package city.circular.hub.workshop;

import city.circular.hub.common.Visibility;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WorkshopSummary",
        description = "A workshop as lists show it, with how many seats are taken.",
        requiredProperties = {
            "id",
            "organizationId",
            "title",
            "purpose",
            "format",
            "startsAt",
            "endsAt",
            "timeZone",
            "capacity",
            "seatsTaken",
            "waitlisted",
            "status",
            "visibility",
            "version",
            "updatedAt",
            "updatedBy"
        })
public record WorkshopSummary(
        UUID id,
        UUID organizationId,
        UUID strategyId,
        @Schema(examples = "Auftaktworkshop Kreislaufstadt") String title,
        WorkshopPurpose purpose,
        WorkshopFormat format,
        Instant startsAt,
        Instant endsAt,

        @Schema(
                description = "IANA time zone of the organization's clock, in which the workshop's times are meant",
                examples = "Europe/Berlin")
        String timeZone,

        @Schema(examples = "Rathaus, Ratssaal") String place,
        @Schema(examples = "https://meet.example/kreislauf") String onlineLink,
        @Schema(examples = "30") int capacity,

        @Schema(description = "Participants REGISTERED or ATTENDED", examples = "28")
        long seatsTaken,

        @Schema(description = "Participants on the WAITLIST", examples = "3")
        long waitlisted,

        WorkshopStatus status,
        Visibility visibility,
        String externalId,
        long version,
        Instant updatedAt,
        String updatedBy) {}
