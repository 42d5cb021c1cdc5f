package city.circular.hub.common;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/** A record owned by one organization: the owner, who else may read it, and its key in a source system. */
@MappedSuperclass
public abstract class TenantRecord extends AuditedRecord {

    @Column(name = "organization_id", nullable = false, updatable = false)
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Visibility visibility = Visibility.PRIVATE;

    @Column(name = "external_id")
    public String externalId;

    public void created(UUID organizationId, String by) {
        created(by);
        this.organizationId = organizationId;
    }
}
