package city.circular.hub.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * Who moderates a workshop: a stakeholder of the register, or an outside organisation named in free text (such as
 * a research institute). Part of the workshop, replaced with it; versioned through the workshop.
 */
@Entity
@Table(name = "workshop_facilitator")
public class Facilitator {

    @Id
    public UUID id;

    @Column(name = "workshop_id", nullable = false, updatable = false)
    public UUID workshopId;

    @Column(nullable = false)
    public int position;

    @Column(name = "stakeholder_id")
    public UUID stakeholderId;

    @Column(name = "organization_name")
    public String organizationName;

    public String role;
}
