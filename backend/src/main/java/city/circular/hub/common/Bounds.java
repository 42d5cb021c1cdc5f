package city.circular.hub.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What the columns hold, in one place: every number and date an input accepts is inside these bounds, so what is
 * stored equals what was acknowledged (no rounding, no overflow, no 500 from PostgreSQL).
 */
public final class Bounds {

    private Bounds() {}

    public static final String ZERO = "0";

    /** Euros in {@code numeric(14, 2)}. */
    public static final String MONEY_MAX = "999999999999.99";

    public static final int MONEY_INTEGER = 12;
    public static final int MONEY_FRACTION = 2;

    /** Yearly quantities (tonnes, MWh) in {@code numeric(14, 3)}; CO2e may be negative (a measure that adds some). */
    public static final String QUANTITY_MAX = "99999999999.999";

    public static final String QUANTITY_MIN = "-99999999999.999";
    public static final int QUANTITY_INTEGER = 11;
    public static final int QUANTITY_FRACTION = 3;

    /**
     * Indicator figures (baselines, targets, values, contributions) in unconstrained {@code numeric}: 15 digits before
     * the point and 6 after, more than any indicator needs and far inside what PostgreSQL holds.
     */
    public static final String FIGURE_MAX = "999999999999999.999999";

    public static final String FIGURE_MIN = "-999999999999999.999999";
    public static final int FIGURE_INTEGER = 15;
    public static final int FIGURE_FRACTION = 6;

    public static final String FIRST_DATE = "1900-01-01";
    public static final String LAST_DATE = "2200-12-31";
    public static final String DATES = "between " + FIRST_DATE + " and " + LAST_DATE;

    private static final LocalDate FIRST = LocalDate.parse(FIRST_DATE);
    private static final LocalDate LAST = LocalDate.parse(LAST_DATE);

    public static boolean isSaneDate(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    public static boolean isSaneInstant(Instant instant) {
        return !instant.isBefore(FIRST.atStartOfDay(ZoneOffset.UTC).toInstant())
                && instant.isBefore(
                        LAST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
