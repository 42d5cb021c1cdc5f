package city.circular.hub.common;

/** Text input rules shared by every mapper. */
public final class Strings {

    private Strings() {}

    /** Blank text means "no value"; other text is stored without surrounding white space. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
