package city.circular.hub.component;

import java.util.UUID;

/**
 * What the outline's rules need to know about indicators. Implemented where indicators live, so that components do
 * not depend on the indicators that depend on them.
 */
public interface GoalIndicators {

    /** Whether any indicator measures the component. */
    boolean measure(UUID componentId);
}
