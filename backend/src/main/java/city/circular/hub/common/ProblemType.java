package city.circular.hub.common;

import jakarta.ws.rs.core.Response.Status;

/** The kinds of problem the API answers with; each has a stable type URI and title. */
public enum ProblemType {
    MALFORMED_REQUEST(400, "malformed-request", "Malformed request"),
    VALIDATION(400, "validation", "Invalid request"),
    UNAUTHENTICATED(401, "unauthenticated", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    GONE(410, "cursor-expired", "Cursor expired"),
    PRECONDITION_FAILED(412, "stale-version", "Stale version"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    URI_TOO_LONG(414, "uri-too-long", "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    RULE_VIOLATION(422, "rule-violation", "Rule violation"),
    PRECONDITION_REQUIRED(428, "if-match-required", "If-Match required"),
    TOO_MANY_REQUESTS(429, "rate-limited", "Too many requests"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "Request header fields too large"),
    INTERNAL(500, "internal", "Internal error"),
    BAD_GATEWAY(502, "upstream-refused", "Upstream service refused"),
    UNAVAILABLE(503, "unavailable", "Service unavailable"),
    HTTP_ERROR(0, "http", null);

    private static final String BASE = "https://circular-city-hub.example/problems/";

    public final int status;
    public final String uri;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.uri = BASE + slug;
        this.title = title;
    }

    public String title(int status) {
        if (title != null) {
            return title;
        }
        Status known = Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }

    /** The problem type that names a framework-produced status, or a generic one. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION && type != MALFORMED_REQUEST) {
                return type;
            }
        }
        return status == 400 ? MALFORMED_REQUEST : HTTP_ERROR;
    }
}
