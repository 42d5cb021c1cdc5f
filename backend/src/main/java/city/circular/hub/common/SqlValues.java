package city.circular.hub.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native query results, whichever Java type the driver hands them over as. */
public final class SqlValues {

    private SqlValues() {}

    /** A {@code timestamptz} column as an instant; null stays null. */
    public static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp " + value.getClass());
        };
    }
}
