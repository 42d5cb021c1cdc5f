package city.circular.hub.common;

/** A validated page request: how many items, and after which one. */
public record PageRequest(int limit, Cursor after) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static PageRequest of(String limit, String cursor) {
        return new PageRequest(parseLimit(limit), cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor));
    }

    /** The same page with room for one more item, which tells whether another page follows. */
    public PageRequest plusOne() {
        return new PageRequest(limit + 1, after);
    }

    private static int parseLimit(String limit) {
        return limit("limit", limit, DEFAULT_LIMIT, MAX_LIMIT);
    }

    /** A size parameter: the default when absent, else a whole number from 1 to the maximum (400 otherwise). */
    public static int limit(String name, String value, int defaultValue, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= 1 && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalid(name, "must be a whole number from 1 to " + max);
    }
}
