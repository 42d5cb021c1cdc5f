package city.circular.hub.common;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV as spreadsheets write it: comma or semicolon separated (German and Danish Excel use semicolons),
 * quoted fields with doubled quotes, CRLF or LF line ends, an optional byte-order mark.
 */
public final class Csv {

    private Csv() {}

    /** The records of a CSV text; the delimiter is the one the header line uses. Blank lines are skipped. */
    public static List<List<String>> parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char delimiter = delimiterOf(body);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == delimiter) {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord(records, record, field);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new ApiException(ProblemType.MALFORMED_REQUEST, "The CSV file ends inside a quoted field.");
        }
        endRecord(records, record, field);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> record, StringBuilder field) {
        record.add(field.toString());
        field.setLength(0);
        if (!(record.size() == 1 && record.getFirst().isBlank())) {
            records.add(record);
        }
    }

    private static char delimiterOf(String body) {
        int end = body.indexOf('\n');
        String header = end < 0 ? body : body.substring(0, end);
        return header.chars().filter(c -> c == ';').count()
                        > header.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
    }

    /** One CSV line (comma separated, CRLF ended), quoting fields that need it. */
    public static String line(List<String> fields) {
        return fields.stream().map(Csv::quote).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String quote(String field) {
        if (field == null) {
            return "";
        }
        boolean needsQuotes = field.contains(",")
                || field.contains(";")
                || field.contains("\"")
                || field.contains("\n")
                || field.contains("\r");
        return needsQuotes ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
