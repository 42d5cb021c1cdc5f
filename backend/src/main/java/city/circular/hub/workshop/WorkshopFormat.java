package city.circular.hub.workshop;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkshopFormat", description = "IN_PERSON needs a place, ONLINE an online link, HYBRID both.")
public enum WorkshopFormat {
    IN_PERSON,
    ONLINE,
    HYBRID;

    boolean needsPlace() {
        return this != ONLINE;
    }

    boolean needsOnlineLink() {
        return this != IN_PERSON;
    }
}
