package city.circular.hub.indicator;

import city.circular.hub.common.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What a goal of a strategy is measured by. Its values are a part of it: adding or removing one is a change of the
 * indicator, with a new version.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends AuditedRecord {

    @Column(name = "strategy_id", nullable = false, updatable = false)
    public UUID strategyId;

    /** The GOAL component measured. */
    @Column(name = "component_id", nullable = false)
    public UUID componentId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IndicatorKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IndicatorDirection direction;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    @Column(name = "baseline_date")
    public LocalDate baselineDate;

    /** Dated target values, in ascending date order. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<MeasuredValue> targets = new ArrayList<>();

    public String source;

    @Column(name = "external_id")
    public String externalId;

    public MeasuredValue baseline() {
        return baselineValue == null ? null : new MeasuredValue(baselineValue, baselineDate);
    }
}
