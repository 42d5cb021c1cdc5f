package city.circular.hub.component;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "StrategyOutline",
        description = "A strategy's components and how complete they are.",
        requiredProperties = {"items", "completeness"})
public record StrategyOutline(
        @Schema(description = "Every component, flat, in outline order: depth first, siblings by position")
        List<StrategyComponentView> items,

        Completeness completeness) {}
