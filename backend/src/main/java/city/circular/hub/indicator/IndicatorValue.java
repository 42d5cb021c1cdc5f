package city.circular.hub.indicator;

import city.circular.hub.common.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One measured or estimated value of an indicator. A value with an external id (the source system's key, unique
 * within the indicator) is corrected in place by an upsert, with a new version of its own; one without is deleted
 * and added anew. Either way the indicator gets a new version too, since its progress may change.
 */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue extends AuditedRecord {

    @Column(name = "indicator_id", nullable = false, updatable = false)
    public UUID indicatorId;

    @Column(name = "observed_on", nullable = false)
    public LocalDate observedOn;

    @Column(nullable = false)
    public BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ValueKind kind;

    public String source;

    public String comment;

    @Column(name = "external_id")
    public String externalId;
}
