package city.circular.hub.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WebhookStatus",
        description = "ACTIVE endpoints receive events; DISABLED ones (by an admin, or after failing for about three "
                + "days) keep their place in the feed and catch up when enabled again.")
public enum WebhookStatus {
    ACTIVE,
    DISABLED
}
