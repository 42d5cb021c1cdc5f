package city.circular.hub.webhook;

import city.circular.hub.change.ChangeView;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Webhook payloads in the Standard Webhooks shape: {@code {"type", "timestamp", "data"}}, where data is the change as
 * the change feed shows it. The type is the record type and what happened, e.g. {@code starter-project.deleted}.
 */
final class WebhookMessages {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);

    private WebhookMessages() {}

    static String eventType(ChangeView change) {
        String what = switch (change.operation()) {
            case CREATE -> "created";
            case UPDATE -> "updated";
            case DELETE -> "deleted";
            case REMOVED -> "removed";
        };
        return change.type() + "." + what;
    }

    static String change(ChangeView change) {
        return write(eventType(change), change.changedAt(), change);
    }

    static String ping(UUID subscriptionId, Instant at) {
        return write("webhook.ping", at, Map.of("webhookId", subscriptionId));
    }

    private static String write(String type, Instant timestamp, Object data) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", type.toLowerCase(Locale.ROOT));
        message.put("timestamp", timestamp);
        message.put("data", data);
        try {
            return JSON.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook message could not be written", e);
        }
    }
}
