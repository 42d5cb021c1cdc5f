package city.circular.hub.stakeholder;

import city.circular.hub.common.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** How one analysis rates one stakeholder. */
@Entity
@Table(name = "stakeholder_rating")
public class StakeholderRating extends AuditedRecord {

    @Column(name = "analysis_id", nullable = false, updatable = false)
    public UUID analysisId;

    @Column(name = "stakeholder_id", nullable = false, updatable = false)
    public UUID stakeholderId;

    @Column(nullable = false)
    public short power;

    @Column(nullable = false)
    public short interest;

    @Column(nullable = false)
    public short attitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "engagement_current", nullable = false)
    public Engagement engagementCurrent;

    @Enumerated(EnumType.STRING)
    @Column(name = "engagement_desired", nullable = false)
    public Engagement engagementDesired;

    public String rationale;

    public Quadrant quadrant() {
        return Quadrant.of(power, interest);
    }

    /** How many engagement levels the stakeholder should still move up; negative when beyond the desired level. */
    public int engagementGap() {
        return engagementDesired.ordinal() - engagementCurrent.ordinal();
    }
}
