package city.circular.hub.strategy;

import city.circular.hub.common.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A municipality's circular-economy strategy, following the six-component model approach. */
@Entity
@Table(name = "strategy")
public class Strategy extends TenantRecord {

    @Column(nullable = false)
    public String title;

    public String summary;

    @Column(name = "period_from")
    public Integer periodFrom;

    @Column(name = "period_to")
    public Integer periodTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StrategyStatus status = StrategyStatus.DRAFT;

    @Column(name = "decision_body")
    public String decisionBody;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decision_reference")
    public String decisionReference;

    @Column(name = "decision_id")
    public UUID decisionId;
}
