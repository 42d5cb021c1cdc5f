package city.circular.hub.network;

import city.circular.hub.common.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A member municipality's report for a virtual status update, with the figures counted when it was submitted. */
@Entity
@Table(name = "network_status_report")
public class StatusReport extends AuditedRecord {

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public UUID organizationId;

    @Column(name = "covers_from", updatable = false)
    public Instant coversFrom;

    @Column(name = "covers_to", nullable = false, updatable = false)
    public Instant coversTo;

    @Column(nullable = false)
    public String progress;

    @Column(name = "next_steps")
    public String nextSteps;

    @Column(name = "help_needed")
    public String helpNeeded;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public StatusFigures figures;
}
