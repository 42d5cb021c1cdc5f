package city.circular.hub.fieldofaction;

import city.circular.hub.common.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A field of action an organization added to the built-in ones; its records use it by its code. */
@Entity
@Table(name = "field_of_action")
public class CustomFieldOfAction extends AuditedRecord {

    @Column(name = "organization_id", nullable = false, updatable = false)
    public UUID organizationId;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    public String description;
}
