package city.circular.hub.strategy;

import java.time.Instant;
import java.util.UUID;

/** Filters of the strategy list; every one is optional. */
record StrategyFilter(UUID organizationId, StrategyStatus status, String text, Instant updatedSince) {}
