package city.circular.hub.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * Position after the last item of a page in keyset order: the sort key of that item (an instant or a name) and its
 * id as tie-breaker. Opaque to clients.
 */
public record Cursor(String key, UUID id) {

    public static Cursor of(Instant key, UUID id) {
        return new Cursor(key.toString(), id);
    }

    public Instant instant() {
        try {
            return Instant.parse(key);
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    public LocalDate date() {
        try {
            return LocalDate.parse(key);
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    public String encode() {
        String raw = id + ":" + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (colon != 36) {
                throw invalid();
            }
            return new Cursor(raw.substring(colon + 1), UUID.fromString(raw.substring(0, colon)));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.invalid("cursor", "is not a cursor this API returned");
    }
}
