package city.circular.hub.change;

import java.time.Instant;
import java.util.UUID;

/** One row of the change record as the readers use it. */
public record ChangeRow(
        ChangePosition position,
        Instant changedAt,
        ChangeOperation operation,
        String resourceType,
        UUID recordId,
        String rootType,
        UUID rootId,
        UUID organizationId,
        String visibility,
        String previousVisibility,
        String externalId,
        String changes,
        String actor,
        String requestId) {}
