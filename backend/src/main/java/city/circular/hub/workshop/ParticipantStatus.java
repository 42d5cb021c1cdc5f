package city.circular.hub.workshop;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WorkshopParticipantStatus",
        description = "REGISTERED and ATTENDED participants hold a seat. A registration beyond the capacity goes to the"
                + " WAITLIST; when a seat is freed, the longest-waiting participant moves up to REGISTERED. ATTENDED"
                + " records who came and is not limited by the capacity.")
public enum ParticipantStatus {
    INVITED,
    REGISTERED,
    WAITLIST,
    ATTENDED,
    NO_SHOW,
    CANCELLED;

    boolean holdsSeat() {
        return this == REGISTERED || this == ATTENDED;
    }
}
