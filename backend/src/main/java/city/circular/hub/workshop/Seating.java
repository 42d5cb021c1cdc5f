package city.circular.hub.workshop;

import city.circular.hub.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The capacity rules. Callers hold the workshop's row lock ({@link WorkshopRepository#findLocked}), so the seat
 * count they read stays true until they commit, however many requests arrive at once.
 */
@ApplicationScoped
class Seating {

    private final ParticipantRepository participants;

    Seating(ParticipantRepository participants) {
        this.participants = participants;
    }

    /**
     * The status a participant gets when {@code requested} is asked for: a registration without a free seat goes to
     * the waitlist. {@code current} is the participant's status, or null for a new one.
     */
    ParticipantStatus admit(Workshop workshop, ParticipantStatus current, ParticipantStatus requested) {
        if (workshop.status == WorkshopStatus.CANCELLED
                && (requested.holdsSeat() || requested == ParticipantStatus.WAITLIST)) {
            throw ApiException.rule("The workshop was cancelled; nobody can register for it or attend it.");
        }
        boolean needsSeat = requested == ParticipantStatus.REGISTERED && (current == null || !current.holdsSeat());
        if (needsSeat && participants.seatsTaken(workshop.id) >= workshop.capacity) {
            return ParticipantStatus.WAITLIST;
        }
        return requested;
    }

    /** Moves the longest-waiting participants up while seats are free, as long as the workshop is still planned. */
    void fillFreeSeats(Workshop workshop, String by) {
        if (workshop.status != WorkshopStatus.PLANNED) {
            return;
        }
        long free = workshop.capacity - participants.seatsTaken(workshop.id);
        if (free <= 0) {
            return;
        }
        for (Participant next : participants.waitlisted(workshop.id, (int) free)) {
            next.moveTo(ParticipantStatus.REGISTERED);
            next.touched(by);
        }
    }

    long seatsTaken(Workshop workshop) {
        return participants.seatsTaken(workshop.id);
    }
}
