package city.circular.hub.workshop;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

    /** The statuses that take one of the workshop's seats. */
    static final List<ParticipantStatus> SEAT_HOLDING =
            Arrays.stream(values()).filter(ParticipantStatus::holdsSeat).toList();

    boolean holdsSeat() {
        return this == REGISTERED || this == ATTENDED;
    }

    /** The seats taken, from the number of participants per status. */
    static long seatsTaken(Map<ParticipantStatus, Long> counts) {
        return SEAT_HOLDING.stream()
                .mapToLong(status -> counts.getOrDefault(status, 0L))
                .sum();
    }
}
