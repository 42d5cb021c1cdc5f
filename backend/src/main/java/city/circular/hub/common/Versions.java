package city.circular.hub.common;

import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;

/** Entity tags are the record's version; writes must name the version they were based on. */
public final class Versions {

    private Versions() {}

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Checks an If-Match header against the current version: 428 when it is missing, 412 when no listed tag
     * matches. {@code *} matches any current version.
     */
    public static void requireMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(
                    ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the version you read, so that no concurrent change is overwritten.");
        }
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .anyMatch(tag -> tag.equals("*") || tag.equals("\"" + current + "\""));
        if (!matches) {
            throw new ApiException(
                    ProblemType.PRECONDITION_FAILED,
                    "This record has changed since you read it (current version " + current
                            + "). Read it again and reapply your change.");
        }
    }
}
