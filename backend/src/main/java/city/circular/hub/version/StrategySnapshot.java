package city.circular.hub.version;

import city.circular.hub.component.StrategyComponentView;
import city.circular.hub.indicator.IndicatorView;
import city.circular.hub.strategy.StrategyView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "StrategySnapshot",
        description = "A strategy's outline as it was when it was adopted: the strategy, its components in outline "
                + "order and the indicators that measure them.",
        requiredProperties = {"strategy", "components", "indicators"})
public record StrategySnapshot(
        StrategyView strategy,

        @Schema(description = "Every component, flat, in outline order")
        List<StrategyComponentView> components,

        List<IndicatorView> indicators) {}
