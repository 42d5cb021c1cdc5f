package city.circular.hub.component;

import city.circular.hub.common.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One entry of a strategy's outline. Parent and strategy are plain ids: the outline is always loaded whole, in one
 * statement, and assembled in memory.
 */
@Entity
@Table(name = "strategy_component")
public class StrategyComponent extends AuditedRecord {

    @Column(name = "strategy_id", nullable = false, updatable = false)
    public UUID strategyId;

    @Column(name = "parent_id")
    public UUID parentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComponentType type;

    /** Place among the siblings, 0..n-1. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "responsible_unit")
    public String responsibleUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComponentStatus status = ComponentStatus.DRAFT;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sdg_targets", nullable = false)
    public List<SdgLink> sdgTargets = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "local_goals", nullable = false)
    public List<LocalGoalLink> localGoals = new ArrayList<>();

    @Column(name = "external_id")
    public String externalId;

    /** The workshop outcome the component was converted from; set once, on create. */
    @Column(name = "origin_outcome_id", updatable = false)
    public UUID originOutcomeId;
}
