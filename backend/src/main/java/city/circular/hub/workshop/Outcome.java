package city.circular.hub.workshop;

import city.circular.hub.common.AuditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** What a workshop produced; it can be turned into a starter project or a goal, keeping the link. */
@Entity
@Table(name = "workshop_outcome")
public class Outcome extends AuditedRecord {

    @Column(name = "workshop_id", nullable = false, updatable = false)
    public UUID workshopId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OutcomeType type;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public int votes;

    public Short priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "converted_to_kind")
    public ConversionKind convertedToKind;

    @Column(name = "converted_to_id")
    public UUID convertedToId;
}
