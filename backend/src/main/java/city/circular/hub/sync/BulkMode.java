package city.circular.hub.sync;

import city.circular.hub.common.ApiException;
import java.util.Locale;

/**
 * PARTIAL: each item is stored on its own, and one failing leaves the others stored. ATOMIC: all items are stored
 * or none. Sent as {@code mode=partial} or {@code mode=atomic}.
 */
public enum BulkMode {
    PARTIAL,
    ATOMIC;

    static BulkMode of(String mode) {
        if (mode == null || mode.isBlank()) {
            return PARTIAL;
        }
        return switch (mode.strip().toLowerCase(Locale.ROOT)) {
            case "partial" -> PARTIAL;
            case "atomic" -> ATOMIC;
            default -> throw ApiException.invalid("mode", "must be partial or atomic");
        };
    }
}
