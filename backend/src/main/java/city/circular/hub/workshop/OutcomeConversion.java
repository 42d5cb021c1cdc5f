package city.circular.hub.workshop;

import city.circular.hub.component.StrategyComponentView;
import city.circular.hub.project.ProjectViews.ProjectView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WorkshopOutcomeConversion",
        description = "The converted outcome, now linked to what came from it: exactly one of starterProject and "
                + "goal is present.",
        requiredProperties = {"outcome"})
public record OutcomeConversion(
        OutcomeView outcome,

        @Schema(description = "The starter project the outcome became; present when the target was STARTER_PROJECT")
        ProjectView starterProject,

        @Schema(
                description = "The goal the outcome became, as a component of the workshop's strategy; present when "
                        + "the target was GOAL")
        StrategyComponentView goal) {

    OutcomeConversion withOutcome(OutcomeView converted) {
        return new OutcomeConversion(converted, starterProject, goal);
    }
}
