package city.circular.hub.network;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NetworkAttendanceStatus", description = "Whether a member organization takes part in an event.")
public enum AttendanceStatus {
    INVITED,
    REGISTERED,
    ATTENDED,
    EXCUSED
}
