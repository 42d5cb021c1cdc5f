package city.circular.hub.anchoring;

import city.circular.hub.common.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A decision of the municipality's council or one of its committees, optionally on a strategy or starter project. */
@Entity
@Table(name = "council_decision")
public class CouncilDecision extends TenantRecord {

    @Column(nullable = false)
    public String body;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(nullable = false)
    public String reference;

    @Column(nullable = false)
    public String subject;

    public String link;

    @Column(name = "strategy_id")
    public UUID strategyId;

    @Column(name = "project_id")
    public UUID projectId;
}
