package city.circular.hub.project;

import city.circular.hub.common.TenantRecord;
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

/** A starter project: identified in a workshop or adopted from a good practice, carried out and reported. */
@Entity
@Table(name = "starter_project")
public class StarterProject extends TenantRecord {

    @Column(name = "strategy_id")
    public UUID strategyId;

    @Column(nullable = false)
    public String title;

    public String summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "fields_of_action", nullable = false)
    public List<String> fieldsOfAction = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "component_ids", nullable = false)
    public List<UUID> componentIds = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStatus status = ProjectStatus.IDEA;

    /** Where an ON_HOLD project stopped, so that resuming returns there. */
    @Enumerated(EnumType.STRING)
    @Column(name = "resume_status")
    public ProjectStatus resumeStatus;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "planned_completion")
    public LocalDate plannedCompletion;

    @Column(name = "actual_completion")
    public LocalDate actualCompletion;

    /** When the status last changed; unknown for changes before it was recorded. */
    @Column(name = "status_changed_at")
    public Instant statusChangedAt;

    @Column(name = "budget_planned")
    public BigDecimal budgetPlanned;

    @Column(name = "budget_actual")
    public BigDecimal budgetActual;

    @Column(name = "funding_source")
    public String fundingSource;

    @Column(name = "origin_outcome_id")
    public UUID originOutcomeId;

    @Column(name = "origin_note")
    public String originNote;

    /** The good practice the project was adopted from; its version and title as adopted stay when it changes. */
    @Column(name = "origin_practice_id")
    public UUID originPracticeId;

    @Column(name = "origin_practice_version")
    public Long originPracticeVersion;

    @Column(name = "origin_practice_title")
    public String originPracticeTitle;
}
