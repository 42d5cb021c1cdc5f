package city.circular.hub.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Parses optional query parameters. Parameters arrive as strings so that a bad value is a 400 problem naming the
 * parameter, not the framework's 404 for an unconvertible parameter.
 */
public final class QueryParams {

    private QueryParams() {}

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(name, "must be a UUID");
        }
    }

    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(value.trim()).toInstant();
            if (!Bounds.isSaneInstant(instant)) {
                throw new ApiException(
                        ProblemType.RULE_VIOLATION,
                        ApiException.invalidDetail(1),
                        List.of(new FieldError(name, "must be " + Bounds.DATES)));
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be a date-time such as 2026-01-31T12:00:00Z");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            String allowed =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ApiException.invalid(name, "must be one of " + allowed);
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalid(name, "must be true or false");
        };
    }

    public static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!Text.isStorable(value)) {
            throw new ApiException(
                    ProblemType.RULE_VIOLATION,
                    ApiException.invalidDetail(1),
                    List.of(new FieldError(name, Text.UNSTORABLE)));
        }
        return value.trim();
    }
}
