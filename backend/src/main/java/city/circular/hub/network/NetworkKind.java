package city.circular.hub.network;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NetworkKind", description = "What kind of network or programme this is.")
public enum NetworkKind {
    CITY_CONSORTIUM,
    COMMUNITY_OF_PRACTICE,
    FUNDING_PROGRAMME,
    INNOVATION_COURSE,
    PARTNERSHIP
}
