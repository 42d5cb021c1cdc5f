package city.circular.hub.workshop;

import city.circular.hub.common.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A stakeholder of the register taking part in a workshop. */
@Entity
@Table(name = "workshop_participant")
public class Participant extends AuditedRecord {

    @Column(name = "workshop_id", nullable = false, updatable = false)
    public UUID workshopId;

    @Column(name = "stakeholder_id", nullable = false, updatable = false)
    public UUID stakeholderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantStatus status;

    /** When the participant joined the waitlist: the first to join moves up first. */
    @Column(name = "waitlisted_at")
    public Instant waitlistedAt;

    void moveTo(ParticipantStatus target) {
        if (target == ParticipantStatus.WAITLIST && status != ParticipantStatus.WAITLIST) {
            waitlistedAt = AuditedRecord.now();
        } else if (target != ParticipantStatus.WAITLIST) {
            waitlistedAt = null;
        }
        status = target;
    }
}
