package city.circular.hub.change;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Change",
        description = "One create, update or delete of a record, or its REMOVED from what the caller may read "
                + "(its visibility changed). Read the record itself for its current content; a DELETE is a "
                + "tombstone. Children (such as a measure) name their root record (the starter project).")
public record ChangeView(
        @Schema(required = true, example = "starter-project")
        String type,

        @Schema(required = true) UUID id,
        @Schema(required = true) ChangeOperation operation,
        @Schema(required = true) UUID organizationId,

        @Schema(description = "The record's key in its source system, if it has one", example = "ris-2025-0042")
        String externalId,

        @Schema(required = true, example = "starter-project")
        String rootType,

        @Schema(required = true) UUID rootId,
        @Schema(required = true) Instant changedAt) {

    static ChangeView of(ChangeRow row, ChangeOperation operation) {
        return new ChangeView(
                row.resourceType(),
                row.recordId(),
                operation,
                row.organizationId(),
                row.externalId(),
                row.rootType(),
                row.rootId(),
                row.changedAt());
    }
}
