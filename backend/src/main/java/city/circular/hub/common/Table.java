package city.circular.hub.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** A table of values that exports write as CSV or XLSX. */
public record Table(String name, List<String> header, List<List<Object>> rows) {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** UTF-8 with a byte-order mark, which spreadsheet programs need to read umlauts and æøå correctly. */
    public byte[] csv() {
        StringBuilder out = new StringBuilder("\uFEFF").append(Csv.line(header));
        for (List<Object> row : rows) {
            out.append(Csv.line(row.stream().map(Table::text).toList()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "Circular City Hub", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(name);
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof BigDecimal number) {
                        sheet.value(r + 1, c, number);
                    } else if (value instanceof Number number) {
                        sheet.value(r + 1, c, number);
                    } else if (value instanceof LocalDate date) {
                        sheet.value(r + 1, c, date);
                        sheet.style(r + 1, c).format("yyyy-mm-dd").set();
                    } else if (value != null) {
                        sheet.value(r + 1, c, value.toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        String text = value.toString();
        // Text typed by users (a name, an outcome) must not run as a formula when the file is opened in a
        // spreadsheet program; numbers are not text here, so a negative estimate stays a number.
        return value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
                ? "'" + text
                : text;
    }
}
