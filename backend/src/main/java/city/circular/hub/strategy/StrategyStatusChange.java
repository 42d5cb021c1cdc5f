package city.circular.hub.strategy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StrategyStatusChange", description = "Moves a strategy to another status.")
public record StrategyStatusChange(
        @NotNull StrategyStatus status,

        @Valid @Schema(description = "Required when moving to ADOPTED, the first time and after each revision")
        Adoption adoption) {}
