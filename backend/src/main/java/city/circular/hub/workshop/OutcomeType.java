package city.circular.hub.workshop;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkshopOutcomeType", description = "What a workshop produced.")
public enum OutcomeType {
    IDEA,
    DECISION,
    GOAL_PROPOSAL,
    PROJECT_PROPOSAL,
    RISK,
    OPEN_QUESTION
}
