package city.circular.hub.workshop;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkshopStatus", description = "PLANNED until it took place (HELD) or was called off (CANCELLED).")
public enum WorkshopStatus {
    PLANNED,
    HELD,
    CANCELLED
}
