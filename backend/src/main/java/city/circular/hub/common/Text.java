package city.circular.hub.common;

/**
 * The one rule for what text the API stores: PostgreSQL cannot hold U+0000 and XML (the XLSX exports) cannot hold
 * the other C0 control characters, the non-characters U+FFFE and U+FFFF, or unpaired surrogates. Tab, line feed
 * and carriage return are text like any other.
 */
public final class Text {

    public static final String UNSTORABLE = "must not contain control characters (such as U+0000)";

    private Text() {}

    public static boolean isStorable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
