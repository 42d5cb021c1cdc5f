package city.circular.hub.webhook;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "One attempt to deliver a message, and the endpoint's answer.")
public record DeliveryView(
        @Schema(required = true) UUID id,

        @Schema(required = true, description = "The webhook-id header: the same for every attempt of a message")
        String messageId,

        @Schema(required = true, example = "starter-project.updated")
        String eventType,

        @Schema(required = true) int attempt,
        @Schema(required = true) Instant attemptedAt,
        @Schema(required = true) int durationMs,

        @Schema(description = "The endpoint's HTTP status; absent when it did not answer")
        Integer statusCode,

        @Schema(description = "Why the attempt failed, when it did without an HTTP status")
        String error,

        @Schema(required = true) boolean succeeded,

        @Schema(required = true, description = "Sent by an admin's redelivery or ping")
        boolean manual) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(
                d.id,
                d.messageId,
                d.eventType,
                d.attempt,
                d.attemptedAt,
                d.durationMs,
                d.statusCode,
                d.error,
                d.succeeded,
                d.manual);
    }
}
