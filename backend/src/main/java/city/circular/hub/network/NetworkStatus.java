package city.circular.hub.network;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NetworkStatus",
        description = "PLANNED before the programme starts, ACTIVE while it runs, CLOSED afterwards.")
public enum NetworkStatus {
    PLANNED,
    ACTIVE,
    CLOSED
}
