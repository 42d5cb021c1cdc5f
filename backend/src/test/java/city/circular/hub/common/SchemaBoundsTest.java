package city.circular.hub.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import city.circular.hub.fieldofaction.FieldOfActionCodes;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SchemaBoundsTest {

    @Test
    void aPatternOfCharacterClassesIsAsLongAsItsLongestMatch() {
        assertEquals(40, SchemaBounds.longestMatch(FieldOfActionCodes.PATTERN));
        assertEquals(3, SchemaBounds.longestMatch("[A-Z]{3}"));
        assertEquals(100, SchemaBounds.longestMatch("[a-z0-9][a-z0-9-]{1,99}"));
        assertEquals(2, SchemaBounds.longestMatch("^[A-Z]{2}$"));
    }

    @Test
    void otherPatternsHaveNoLengthOfTheirOwn() {
        assertNull(SchemaBounds.longestMatch("^[0-9]{1,2}\\.[0-9a-z]{1,2}$"));
        assertNull(SchemaBounds.longestMatch("^(de|da|en)$"));
        assertNull(SchemaBounds.longestMatch("[A-Z]+"));
    }

    @Test
    void theDocumentedTextPatternAcceptsWhatTextStoresAndRefusesTheRest() {
        Pattern text = Pattern.compile(SchemaBounds.STORABLE_TEXT);
        for (String stored : new String[] {"Bauteilbörse\tgenbrug\r\n", "", "Øresund 🚲"}) {
            assertTrue(Text.isStorable(stored));
            assertTrue(text.matcher(stored).matches(), stored);
        }
        for (String refused : new String[] {"a\u0000b", "\u001F", "x\u000B", "\uFFFE"}) {
            assertFalse(Text.isStorable(refused));
            assertFalse(text.matcher(refused).matches(), refused);
        }
    }
}
