package city.circular.hub.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void roundTripsPositionExactly() {
        Cursor cursor = Cursor.of(Instant.parse("2026-11-22T10:15:30.123456Z"), UUID.randomUUID());
        assertEquals(cursor, Cursor.decode(cursor.encode()));
        assertEquals(
                Instant.parse("2026-11-22T10:15:30.123456Z"),
                Cursor.decode(cursor.encode()).instant());
        Cursor named = new Cursor("Handwerkskammer: Köln", UUID.randomUUID());
        assertEquals(named, Cursor.decode(named.encode()));
    }

    @Test
    void rejectsForeignCursorAsInvalidParameter() {
        ApiException e = assertThrows(ApiException.class, () -> Cursor.decode("bm90LWEtY3Vyc29y"));
        assertEquals(ProblemType.VALIDATION, e.type);
        assertEquals("cursor", e.errors.getFirst().field());
    }
}
