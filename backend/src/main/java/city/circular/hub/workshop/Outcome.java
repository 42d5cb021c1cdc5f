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

    /**
     * The starter project this outcome became. The database clears it when the project is deleted, without raising
     * the version (see V11); at most one of this and {@link #convertedToComponentId} is set.
     */
    @Column(name = "converted_to_project_id")
    public UUID convertedToProjectId;

    /**
     * The goal this outcome became. The database clears it when the goal is deleted, on its own or with its
     * strategy, without raising the version (see V11).
     */
    @Column(name = "converted_to_component_id")
    public UUID convertedToComponentId;

    /** What the outcome became, or null when it was never converted or what it became is gone. */
    public ConversionKind convertedToKind() {
        if (convertedToProjectId != null) {
            return ConversionKind.STARTER_PROJECT;
        }
        return convertedToComponentId != null ? ConversionKind.GOAL : null;
    }

    /** The id of what the outcome became, or null. */
    public UUID convertedToId() {
        return convertedToProjectId != null ? convertedToProjectId : convertedToComponentId;
    }

    public void convertedToProject(UUID projectId) {
        convertedToProjectId = projectId;
        convertedToComponentId = null;
    }

    public void convertedToGoal(UUID componentId) {
        convertedToComponentId = componentId;
        convertedToProjectId = null;
    }
}
