package city.circular.hub.workshop;

import city.circular.hub.project.ProjectViews.ProjectView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WorkshopOutcomeConversion",
        description = "The converted outcome, now linked to the starter project that came from it.",
        requiredProperties = {"outcome", "starterProject"})
public record OutcomeConversion(OutcomeView outcome, ProjectView starterProject) {}
