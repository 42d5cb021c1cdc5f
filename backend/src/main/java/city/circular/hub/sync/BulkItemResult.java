package city.circular.hub.sync;

import city.circular.hub.common.Problem;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "BulkItemResult",
        description = "What became of one item of a bulk request, in the order sent.",
        requiredProperties = {"index", "result"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BulkItemResult(
        @Schema(description = "The item's position in `items`, from 0", minimum = "0", maximum = "999")
        int index,

        @Schema(examples = "ris-2025-0042", maxLength = Upserts.MAX_EXTERNAL_ID)
        String externalId,

        BulkItemResult.Result result,

        @Schema(
                description = "The status the item would have got on its own: 201 created, 200 replaced, or"
                        + " the problem's; absent when it was not stored for another item's failure",
                examples = "201",
                minimum = "200",
                maximum = "599")
        Integer status,

        UUID id,

        @Schema(description = "The record's ETag", examples = "\"0\"", maxLength = 21)
        String etag,

        @Schema(description = "Why the item failed (RFC 9457)")
        Problem problem) {

    @Schema(
            name = "BulkItemOutcome",
            description = "CREATED or REPLACED: stored. FAILED: see `problem`. NOT_STORED: valid, but in an atomic"
                    + " request another item failed, so nothing was stored.")
    public enum Result {
        CREATED,
        REPLACED,
        FAILED,
        NOT_STORED
    }

    static BulkItemResult stored(int index, String externalId, Upserts.Outcome outcome) {
        Upserts.Written written = outcome.written();
        return new BulkItemResult(
                index,
                externalId,
                outcome.created() ? Result.CREATED : Result.REPLACED,
                outcome.created() ? 201 : 200,
                written.id(),
                "\"" + written.version() + "\"",
                null);
    }

    static BulkItemResult failed(int index, String externalId, Problem problem) {
        return new BulkItemResult(index, externalId, Result.FAILED, problem.status(), null, null, problem);
    }

    static BulkItemResult notStored(int index, String externalId) {
        return new BulkItemResult(index, externalId, Result.NOT_STORED, null, null, null, null);
    }
}
