package city.circular.hub.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void csvKeepsUserTextFromRunningAsAFormulaButLeavesNumbersAlone() {
        Table table = new Table(
                "Outcomes",
                List.of("text", "votes"),
                List.of(
                        List.of("=HYPERLINK(\"http://x\")", new BigDecimal("-120")),
                        List.of("+49 30 123", -3),
                        List.of("@SUM(A1)", 0),
                        List.of("Bauteilbörse", 12)));

        String csv = new String(table.csv(), StandardCharsets.UTF_8);

        assertEquals(
                List.of(
                        "\uFEFFtext,votes",
                        "\"'=HYPERLINK(\"\"http://x\"\")\",-120",
                        "'+49 30 123,-3",
                        "'@SUM(A1),0",
                        "Bauteilbörse,12"),
                csv.lines().toList());
    }
}
