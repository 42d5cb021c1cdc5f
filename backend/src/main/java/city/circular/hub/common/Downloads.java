package city.circular.hub.common;

import jakarta.ws.rs.core.Response;

/** Tables as file downloads, in the format the {@code format} query parameter names. */
public final class Downloads {

    private Downloads() {}

    public enum Format {
        CSV,
        XLSX;

        /** CSV unless the parameter says otherwise; parse it before the export runs, so a typo costs nothing. */
        public static Format parse(String value) {
            if (value == null || value.isBlank()) {
                return CSV;
            }
            return switch (value.trim().toLowerCase()) {
                case "csv" -> CSV;
                case "xlsx" -> XLSX;
                default -> throw ApiException.invalid("format", "must be csv or xlsx");
            };
        }
    }

    public static Response of(Table table, Format format, String fileName) {
        return switch (format) {
            case CSV -> file(table.csv(), Table.CSV + "; charset=UTF-8", fileName + ".csv");
            case XLSX -> file(table.xlsx(), Table.XLSX, fileName + ".xlsx");
        };
    }

    private static Response file(byte[] content, String mediaType, String fileName) {
        return Response.ok(content, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
