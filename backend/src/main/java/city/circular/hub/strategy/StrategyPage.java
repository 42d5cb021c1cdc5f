package city.circular.hub.strategy;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "StrategyPage",
        description = "One page of strategies, newest change first.",
        requiredProperties = {"items"})
public record StrategyPage(
        List<StrategyView> items,

        @Schema(description = "Cursor for the next page; absent on the last page")
        String next) {}
