package city.circular.hub.network;

import city.circular.hub.common.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** Whether, and with how many people, a member organization takes part in a network event. */
@Entity
@Table(name = "network_event_attendance")
public class Attendance extends AuditedRecord {

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttendanceStatus status;

    public Integer people;

    public String note;
}
