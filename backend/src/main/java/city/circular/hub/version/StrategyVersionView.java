package city.circular.hub.version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "StrategyVersion",
        description = "One adopted version of a strategy with the snapshot of its outline.",
        requiredProperties = {"version", "outline"})
public record StrategyVersionView(StrategyVersionSummary version, StrategySnapshot outline) {}
