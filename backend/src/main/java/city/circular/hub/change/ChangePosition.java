package city.circular.hub.change;

import city.circular.hub.common.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in the change record: the writing transaction's id and the record's sequence number. Positions only grow
 * in the order readers see them (see V12), so a feed cursor is simply the position of the last change handed out.
 */
public record ChangePosition(long transaction, long sequence) implements Comparable<ChangePosition> {

    public static final ChangePosition START = new ChangePosition(0, 0);
    private static final Pattern FORMAT = Pattern.compile("c1:(\\d{1,19}):(\\d{1,19})");

    /** A position as native queries select it: {@code tx_id::text, seq}. */
    public static ChangePosition fromColumns(Object transactionText, Object sequence) {
        return new ChangePosition(Long.parseLong((String) transactionText), ((Number) sequence).longValue());
    }

    public String encode() {
        String raw = "c1:" + transaction + ":" + sequence;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor names, or null for none. */
    public static ChangePosition decode(String cursor, String parameter) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            Matcher m = FORMAT.matcher(raw);
            if (m.matches()) {
                return new ChangePosition(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ApiException.invalid(parameter, "is not a cursor this API returned");
    }

    @Override
    public int compareTo(ChangePosition other) {
        int byTransaction = Long.compare(transaction, other.transaction);
        return byTransaction != 0 ? byTransaction : Long.compare(sequence, other.sequence);
    }
}
