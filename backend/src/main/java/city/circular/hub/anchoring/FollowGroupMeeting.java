package city.circular.hub.anchoring;

import city.circular.hub.common.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A meeting of a follow group: when, what was on the table, what was said. */
@Entity
@Table(name = "follow_group_meeting")
public class FollowGroupMeeting extends AuditedRecord {

    @Column(name = "follow_group_id", nullable = false, updatable = false)
    public UUID followGroupId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false)
    public String topics;

    public String notes;
}
