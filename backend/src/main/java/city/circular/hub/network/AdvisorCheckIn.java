package city.circular.hub.network;

import city.circular.hub.common.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** One conversation of an advisor with their municipality: what was discussed and agreed, and when to follow up. */
@Entity
@Table(name = "advisor_check_in")
public class AdvisorCheckIn extends AuditedRecord {

    @Column(name = "assignment_id", nullable = false, updatable = false)
    public UUID assignmentId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CheckInFormat format;

    @Column(nullable = false)
    public String topics;

    public String agreements;

    @Column(name = "next_steps")
    public String nextSteps;

    @Column(name = "follow_up_on")
    public LocalDate followUpOn;
}
