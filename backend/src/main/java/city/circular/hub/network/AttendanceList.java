package city.circular.hub.network;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NetworkAttendanceList",
        description = "Attendance of an event per member organization, by name.",
        requiredProperties = {"items", "people"})
public record AttendanceList(
        List<AttendanceView> items,

        @Schema(description = "People registered or attending, added up", examples = "12")
        long people) {}
