package city.circular.hub.strategy;

import static city.circular.hub.strategy.StrategyStatus.ADOPTED;
import static city.circular.hub.strategy.StrategyStatus.IN_REVIEW;
import static city.circular.hub.strategy.StrategyStatus.IN_REVISION;
import static city.circular.hub.strategy.StrategyStatus.SUPERSEDED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StrategyStatusTest {

    @Test
    void allowsExactlyTheLifecycleTransitions() {
        Set<String> allowed = new java.util.TreeSet<>();
        for (StrategyStatus from : StrategyStatus.values()) {
            for (StrategyStatus to : StrategyStatus.values()) {
                if (from.canMoveTo(to)) {
                    allowed.add(from + "->" + to);
                }
            }
        }
        assertEquals(
                Set.of(
                        "DRAFT->IN_REVIEW",
                        "IN_REVIEW->DRAFT",
                        "IN_REVIEW->ADOPTED",
                        "ADOPTED->IN_REVISION",
                        "ADOPTED->SUPERSEDED",
                        "IN_REVISION->ADOPTED",
                        "IN_REVISION->SUPERSEDED"),
                allowed);
        assertEquals(Set.of(), SUPERSEDED.next());
        assertEquals(Set.of(ADOPTED, StrategyStatus.DRAFT), IN_REVIEW.next());
    }

    @Test
    void namesTheAllowedNextStatusesInLifecycleOrder() {
        assertEquals("[IN_REVISION, SUPERSEDED]", ADOPTED.next().toString());
        assertEquals("[ADOPTED, SUPERSEDED]", IN_REVISION.next().toString());
    }

    @Test
    void countsAnAdoptionAsInForceUntilTheStrategyIsSuperseded() {
        Set<StrategyStatus> inForce = new java.util.TreeSet<>();
        for (StrategyStatus status : StrategyStatus.values()) {
            if (status.inForce()) {
                inForce.add(status);
            }
        }
        assertEquals(Set.of(ADOPTED, IN_REVISION), inForce);
    }
}
