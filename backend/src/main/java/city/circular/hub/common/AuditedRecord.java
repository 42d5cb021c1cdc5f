package city.circular.hub.common;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Identity, optimistic-lock version and who changed a record when. */
@MappedSuperclass
public abstract class AuditedRecord {

    @Id
    public UUID id;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    public void created(String by) {
        this.id = UUID.randomUUID();
        this.createdBy = by;
        this.createdAt = now();
        this.updatedBy = by;
        this.updatedAt = createdAt;
    }

    public void touched(String by) {
        this.updatedBy = by;
        this.updatedAt = now();
    }

    /**
     * PostgreSQL keeps microseconds; truncating here keeps cursors and ETags equal before and after a reload. Public
     * for records that are only ever created, such as indicator values.
     */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
