package city.circular.hub.workshop;

import city.circular.hub.common.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** A task agreed in a workshop: who does what by when. */
@Entity
@Table(name = "workshop_follow_up")
public class FollowUp extends AuditedRecord {

    @Column(name = "workshop_id", nullable = false, updatable = false)
    public UUID workshopId;

    @Column(nullable = false)
    public String title;

    public String owner;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(nullable = false)
    public boolean done;

    /** Due dates are meant on the workshop's clock. */
    boolean overdue(ZoneId zone) {
        return !done && dueDate.isBefore(LocalDate.now(zone));
    }
}
