package city.circular.hub.strategy;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "StrategyStatus",
        description = "DRAFT → IN_REVIEW → ADOPTED → SUPERSEDED; a strategy in review can go back to DRAFT.")
public enum StrategyStatus {
    DRAFT,
    IN_REVIEW,
    ADOPTED,
    SUPERSEDED;

    private static final Map<StrategyStatus, Set<StrategyStatus>> NEXT = Map.of(
            DRAFT, Set.of(IN_REVIEW),
            IN_REVIEW, Set.of(DRAFT, ADOPTED),
            ADOPTED, Set.of(SUPERSEDED),
            SUPERSEDED, Set.of());

    public boolean canMoveTo(StrategyStatus target) {
        return NEXT.get(this).contains(target);
    }

    public Set<StrategyStatus> next() {
        return NEXT.get(this);
    }
}
