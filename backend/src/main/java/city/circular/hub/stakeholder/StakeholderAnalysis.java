package city.circular.hub.stakeholder;

import city.circular.hub.common.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A stakeholder analysis of a strategy's status-quo survey; repeated over time to show change. */
@Entity
@Table(name = "stakeholder_analysis")
public class StakeholderAnalysis extends TenantRecord {

    @Column(name = "strategy_id", nullable = false, updatable = false)
    public UUID strategyId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AnalysisMethod method;

    @Column(name = "conducted_on")
    public LocalDate conductedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AnalysisStatus status = AnalysisStatus.PLANNED;

    public String facilitator;
}
