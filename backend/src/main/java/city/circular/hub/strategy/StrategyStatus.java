package city.circular.hub.strategy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "StrategyStatus",
        description = "DRAFT → IN_REVIEW → ADOPTED → SUPERSEDED; a strategy in review can go back to DRAFT. An "
                + "adopted strategy is revised (IN_REVISION) and adopted again, each adoption freezing the next "
                + "version; while it is in revision its last adoption stays in force. SUPERSEDED is final.")
public enum StrategyStatus {
    DRAFT,
    IN_REVIEW,
    ADOPTED,
    IN_REVISION,
    SUPERSEDED;

    /** In declaration order, so that "allowed next" reads the same on every run. */
    private static final Map<StrategyStatus, Set<StrategyStatus>> NEXT = new EnumMap<>(StrategyStatus.class);

    static {
        NEXT.put(DRAFT, EnumSet.of(IN_REVIEW));
        NEXT.put(IN_REVIEW, EnumSet.of(DRAFT, ADOPTED));
        NEXT.put(ADOPTED, EnumSet.of(IN_REVISION, SUPERSEDED));
        NEXT.put(IN_REVISION, EnumSet.of(ADOPTED, SUPERSEDED));
        NEXT.put(SUPERSEDED, EnumSet.noneOf(StrategyStatus.class));
    }

    public boolean canMoveTo(StrategyStatus target) {
        return NEXT.get(this).contains(target);
    }

    public Set<StrategyStatus> next() {
        return Collections.unmodifiableSet(NEXT.get(this));
    }

    /**
     * Whether an adoption is in force: adopted, or adopted and being revised (the last adoption holds until the
     * next one). What the dashboards count as an adopted strategy.
     */
    public boolean inForce() {
        return this == ADOPTED || this == IN_REVISION;
    }
}
