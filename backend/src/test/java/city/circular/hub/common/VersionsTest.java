package city.circular.hub.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void missingIfMatchIsPreconditionRequired() {
        assertEquals(
                ProblemType.PRECONDITION_REQUIRED,
                assertThrows(ApiException.class, () -> Versions.requireMatch(null, 1)).type);
        assertEquals(
                ProblemType.PRECONDITION_REQUIRED,
                assertThrows(ApiException.class, () -> Versions.requireMatch(" ", 1)).type);
    }

    @Test
    void otherVersionOrWeakTagIsPreconditionFailed() {
        for (String header : new String[] {"\"0\"", "W/\"1\"", "1", "\"01\""}) {
            assertEquals(
                    ProblemType.PRECONDITION_FAILED,
                    assertThrows(ApiException.class, () -> Versions.requireMatch(header, 1)).type,
                    header);
        }
    }

    @Test
    void currentVersionOrWildcardMatches() {
        assertDoesNotThrow(() -> Versions.requireMatch("\"1\"", 1));
        assertDoesNotThrow(() -> Versions.requireMatch("\"0\", \"1\"", 1));
        assertDoesNotThrow(() -> Versions.requireMatch("*", 1));
    }
}
