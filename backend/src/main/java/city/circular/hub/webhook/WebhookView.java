package city.circular.hub.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Webhook", description = "A webhook subscription. The secret is shown only when created or rotated.")
public record WebhookView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID organizationId,
        @Schema(required = true) String url,
        String description,

        @Schema(required = true, description = "Empty: every type")
        List<String> eventTypes,

        @Schema(required = true) WebhookStatus status,

        @Schema(description = "Why the endpoint was disabled")
        String disabledReason,

        @Schema(description = "Since when deliveries fail (the oldest undelivered change waits)")
        Instant failingSince,

        @Schema(required = true) int failedAttempts,
        Instant nextAttemptAt,

        @Schema(description = "The signing secret (whsec_…): only in the answer that created or rotated it")
        String secret,

        @Schema(required = true) long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    static WebhookView of(WebhookSubscription s, boolean withSecret) {
        return new WebhookView(
                s.id,
                s.organizationId,
                s.url,
                s.description,
                List.of(s.eventTypes),
                s.status,
                s.disabledReason,
                s.failingSince,
                s.failedAttempts,
                s.nextAttemptAt,
                withSecret ? s.secret : null,
                s.version,
                s.createdAt,
                s.updatedAt);
    }
}
