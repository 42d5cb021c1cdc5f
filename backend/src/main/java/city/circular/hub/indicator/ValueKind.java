package city.circular.hub.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ValueKind", description = "Whether a value was measured (ACTUAL) or estimated (ESTIMATE).")
public enum ValueKind {
    ACTUAL,
    ESTIMATE
}
