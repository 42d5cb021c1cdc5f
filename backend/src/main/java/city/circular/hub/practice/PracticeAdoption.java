package city.circular.hub.practice;

import city.circular.hub.common.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A practice taken up by another organization into a starter project of its own; owned by the adopter, who later
 * records how it went. The practice's title and version at the time stay as adopted.
 */
@Entity
@Table(name = "practice_adoption")
public class PracticeAdoption extends TenantRecord {

    @Column(name = "practice_id", nullable = false, updatable = false)
    public UUID practiceId;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "practice_version", nullable = false, updatable = false)
    public long practiceVersion;

    @Column(name = "practice_title", nullable = false, updatable = false)
    public String practiceTitle;

    public String adapted;
    public String results;

    @Column(name = "would_recommend")
    public Boolean wouldRecommend;

    @Column(name = "feedback_at")
    public Instant feedbackAt;
}
