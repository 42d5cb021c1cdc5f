package city.circular.hub.network;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NetworkEventKind", description = "What kind of network event this is.")
public enum EventKind {
    KICK_OFF,
    IN_PERSON,
    VIRTUAL_STATUS_UPDATE,
    STUDY_TRIP,
    OTHER
}
