package city.circular.hub.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A stakeholder's RACI role in a project. */
@Entity
@Table(name = "project_party")
public class ProjectParty {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    @Column(name = "stakeholder_id", nullable = false, updatable = false)
    public UUID stakeholderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Raci role;
}
