package city.circular.hub.network;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdvisorCheckInFormat", description = "How an advisor and a municipality met.")
public enum CheckInFormat {
    ON_SITE,
    VIDEO,
    PHONE,
    EMAIL,
    OTHER
}
