package city.circular.hub.change;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "HistoryEntry",
        description = "One change to a record or one of its children: who, when, in which request, and each field's "
                + "value before and after. Personal data (contacts) is recorded without values.")
public record HistoryEntryView(
        @Schema(required = true, example = "strategy") String type,
        @Schema(required = true) UUID id,
        @Schema(required = true) ChangeOperation operation,
        @Schema(required = true) Instant changedAt,

        @Schema(required = true, description = "The user or sync client that made the change", example = "erika")
        String actor,

        @Schema(description = "The X-Request-Id of the request that made the change")
        String requestId,

        @Schema(required = true, description = "Changed fields; empty for personal data")
        List<FieldChange> changes) {

    @Schema(name = "FieldChange", description = "A field's value before and after a change (absent: no value).")
    public record FieldChange(
            @Schema(required = true, example = "title") String field,

            @Schema(description = "Any JSON value", implementation = Object.class)
            JsonNode before,

            @Schema(description = "Any JSON value", implementation = Object.class)
            JsonNode after) {}
}
