package city.circular.hub.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One measured or estimated value of an indicator. Never changed: a wrong value is deleted and added anew. */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue {

    @Id
    public UUID id;

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

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;
}
