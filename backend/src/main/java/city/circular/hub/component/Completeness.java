package city.circular.hub.component;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Completeness",
        description =
                "Which of the seven component types the outline uses: a complete strategy has at least one of each.",
        requiredProperties = {"presentTypes", "missingTypes", "percent"})
public record Completeness(
        List<ComponentType> presentTypes,
        List<ComponentType> missingTypes,

        @Schema(description = "Present types out of seven, in per cent, rounded", examples = "71")
        int percent) {}
