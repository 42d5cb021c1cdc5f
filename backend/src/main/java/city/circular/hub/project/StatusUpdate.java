package city.circular.hub.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An entry of a project's status-update log; entries are added, never changed. */
@Entity
@Table(name = "project_status_update")
public class StatusUpdate {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    @Column(name = "reported_on", nullable = false)
    public LocalDate reportedOn;

    @Column(nullable = false)
    public String author;

    @Column(nullable = false)
    public String text;

    public Short progress;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
