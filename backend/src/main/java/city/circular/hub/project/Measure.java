package city.circular.hub.project;

import city.circular.hub.common.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A measure of a starter project: its steps, cost and estimated impact. */
@Entity
@Table(name = "project_measure")
public class Measure extends AuditedRecord {

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    public String description;

    public String responsible;

    public String involved;

    @Column(name = "planned_completion")
    public LocalDate plannedCompletion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeasureStatus status = MeasureStatus.PLANNED;

    public BigDecimal cost;

    @Column(name = "co2e_tonnes_per_year")
    public BigDecimal co2eTonnesPerYear;

    @Column(name = "co2e_method")
    public String co2eMethod;

    @Enumerated(EnumType.STRING)
    @Column(name = "co2e_confidence")
    public Confidence co2eConfidence;

    @Column(name = "renewable_mwh_per_year")
    public BigDecimal renewableMwhPerYear;

    @Column(name = "energy_carrier_from")
    public String energyCarrierFrom;

    @Column(name = "energy_carrier_to")
    public String energyCarrierTo;

    @Column(name = "energy_replaced_mwh_per_year")
    public BigDecimal energyReplacedMwhPerYear;

    @Column(name = "material_avoided_t")
    public BigDecimal materialAvoidedT;

    @Column(name = "material_reused_t")
    public BigDecimal materialReusedT;

    @Column(name = "material_recycled_t")
    public BigDecimal materialRecycledT;

    @Column(name = "external_id")
    public String externalId;

    /** When the measure was last marked DONE; empty while it is not. */
    @Column(name = "completed_at")
    public Instant completedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Step> steps = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "indicator_contributions", nullable = false)
    public List<Contribution> indicatorContributions = new ArrayList<>();

    /** One concrete step of a measure. */
    public record Step(String title, boolean done) {}

    /** The estimated yearly contribution to an indicator of the project's strategy, in the indicator's unit. */
    public record Contribution(UUID indicatorId, BigDecimal value) {}

    /** Share of done steps in percent; null when the measure has no steps. */
    public Integer progress() {
        if (steps.isEmpty()) {
            return status == MeasureStatus.DONE ? 100 : null;
        }
        long done = steps.stream().filter(Step::done).count();
        return (int) Math.round(100.0 * done / steps.size());
    }
}
