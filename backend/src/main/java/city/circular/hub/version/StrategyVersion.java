package city.circular.hub.version;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A frozen snapshot of a strategy's outline, taken when the strategy was adopted. Never changes. */
@Entity
@Table(name = "strategy_version")
public class StrategyVersion {

    @Id
    public UUID id;

    @Column(name = "strategy_id", nullable = false, updatable = false)
    public UUID strategyId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public UUID organizationId;

    @Column(nullable = false, updatable = false)
    public int number;

    @Column(name = "adopted_at", nullable = false, updatable = false)
    public Instant adoptedAt;

    @Column(name = "adopted_by", nullable = false, updatable = false)
    public String adoptedBy;

    @Column(name = "decision_body", nullable = false, updatable = false)
    public String decisionBody;

    @Column(name = "decided_on", nullable = false, updatable = false)
    public LocalDate decidedOn;

    @Column(name = "decision_reference", nullable = false, updatable = false)
    public String decisionReference;

    /** The snapshot as JSON (StrategySnapshot), written with the API's own mapper. */
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String outline;
}
