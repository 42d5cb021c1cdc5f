package city.circular.hub.practice;

import city.circular.hub.common.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A question or comment of a peer organization on a practice, with the owner's answer. Comments are signed by the
 * organization, not by a person: personal data stays out of the practice library.
 */
@Entity
@Table(name = "practice_comment")
public class PracticeComment extends AuditedRecord {

    @Column(name = "practice_id", nullable = false, updatable = false)
    public UUID practiceId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommentKind kind;

    @Column(nullable = false)
    public String text;

    public String answer;

    @Column(name = "answered_at")
    public Instant answeredAt;
}
