package city.circular.hub.stakeholder;

import city.circular.hub.common.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A person at a stakeholder: personal data, visible to the owning organisation's editors only. */
@Entity
@Table(name = "stakeholder_contact")
public class StakeholderContact extends AuditedRecord {

    @Column(name = "stakeholder_id", nullable = false, updatable = false)
    public UUID stakeholderId;

    @Column(nullable = false)
    public String name;

    public String role;

    public String email;

    public String phone;

    @Column(name = "consent_given", nullable = false)
    public boolean consentGiven;

    @Column(name = "consent_date")
    public LocalDate consentDate;
}
