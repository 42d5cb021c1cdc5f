package city.circular.hub.workshop;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WorkshopPurpose",
        description = "What a workshop is for, along the way from kick-off to peer exchange between cities.")
public enum WorkshopPurpose {
    KICK_OFF,
    STATUS_QUO,
    VISION,
    PROJECT_DEVELOPMENT,
    REVIEW,
    PEER_EXCHANGE
}
