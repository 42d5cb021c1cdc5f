package city.circular.hub.version;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "StrategyVersionList",
        description = "A strategy's adopted versions, newest first.",
        requiredProperties = {"items"})
public record StrategyVersionList(List<StrategyVersionSummary> items) {}
