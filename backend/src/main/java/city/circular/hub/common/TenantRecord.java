package city.circular.hub.common;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** What every record owned by one organization has: identity, owner, visibility, sync key, version, audit. */
@MappedSuperclass
public abstract class TenantRecord {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Visibility visibility = Visibility.PRIVATE;

    @Column(name = "external_id")
    public String externalId;

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

    public void created(UUID organizationId, String by) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.createdBy = by;
        this.createdAt = now();
        this.updatedBy = by;
        this.updatedAt = createdAt;
    }

    public void touched(String by) {
        this.updatedBy = by;
        this.updatedAt = now();
    }

    /** PostgreSQL keeps microseconds; truncating here keeps cursors and ETags equal before and after a reload. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
