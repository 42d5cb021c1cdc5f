package city.circular.hub.fieldofaction;

import city.circular.hub.common.ApiException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The form of field-of-action codes, and how a code is derived from a name. */
public final class FieldOfActionCodes {

    /** Upper snake case, 2 to 40 characters; the built-in codes have this form too. */
    public static final String PATTERN = "^[A-Z][A-Z0-9_]{1,39}$";

    public static final String FILTER_DESCRIPTION = "Only this field of action: a built-in code such as "
            + "FOOD_NUTRITION or an organization's own code. Custom codes are keyed by organization and code, so a "
            + "custom code matches the records of every organization that defines that code; combine with "
            + "organizationId to narrow to one organization.";

    public static final String LIST_DESCRIPTION = "Codes of fields of action: the built-in CONSTRUCTION_BUILDINGS, "
            + "FOOD_NUTRITION, PROCUREMENT, WASTE_RESOURCES, BUSINESS_DEVELOPMENT, STRATEGY, or the owning "
            + "organization's own (GET /api/v1/fields-of-action); other codes answer 422";

    public static final String MESSAGE = "must be a field-of-action code such as FOOD_NUTRITION";

    private static final Pattern FORM = Pattern.compile(PATTERN);
    private static final int MAX_LENGTH = 40;

    private FieldOfActionCodes() {}

    public static boolean isWellFormed(String code) {
        return code != null && FORM.matcher(code).matches();
    }

    /**
     * The code for a name: ASCII upper snake case, German and Danish letters transliterated (ä → AE, ø → OE, å → AA),
     * other accents dropped; null when too little of the name is left to make a code.
     */
    public static String derive(String name) {
        String ascii = Normalizer.normalize(
                        name.strip()
                                .replace("ä", "ae")
                                .replace("Ä", "AE")
                                .replace("ö", "oe")
                                .replace("Ö", "OE")
                                .replace("ü", "ue")
                                .replace("Ü", "UE")
                                .replace("ß", "ss")
                                .replace("æ", "ae")
                                .replace("Æ", "AE")
                                .replace("ø", "oe")
                                .replace("Ø", "OE")
                                .replace("å", "aa")
                                .replace("Å", "AA"),
                        Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^[_0-9]+", "");
        if (ascii.length() > MAX_LENGTH) {
            ascii = ascii.substring(0, MAX_LENGTH);
        }
        ascii = ascii.replaceAll("_+$", "");
        return isWellFormed(ascii) ? ascii : null;
    }

    /** A filter parameter: blank is no filter; any well-formed code filters, known to the caller or not. */
    public static String filter(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip();
        if (!isWellFormed(code)) {
            throw ApiException.invalid(name, MESSAGE);
        }
        return code;
    }
}
