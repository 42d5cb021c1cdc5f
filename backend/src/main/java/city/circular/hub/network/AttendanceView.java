package city.circular.hub.network;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NetworkAttendance",
        description = "A member organization's attendance of an event. Members without a recorded attendance show "
                + "as INVITED with version 0 and no audit fields.",
        requiredProperties = {"organization", "status", "recorded", "version"})
public record AttendanceView(
        OrganizationRef organization,
        AttendanceStatus status,
        @Schema(examples = "3") Integer people,
        String note,

        @Schema(description = "Whether anybody recorded this attendance yet")
        boolean recorded,

        @Schema(description = "Send it as If-Match to change a recorded attendance")
        long version,

        Instant updatedAt,
        String updatedBy) {}
