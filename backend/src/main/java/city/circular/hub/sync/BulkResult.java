package city.circular.hub.sync;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "BulkResult",
        description = "The answer to a bulk upsert: counts and one result per item, in the order sent.",
        requiredProperties = {"created", "replaced", "failed", "results"})
public record BulkResult(
        @Schema(minimum = "0", maximum = "1000", examples = "998")
        int created,

        @Schema(minimum = "0", maximum = "1000", examples = "1")
        int replaced,

        @Schema(minimum = "0", maximum = "1000", examples = "1")
        int failed,

        @Schema(maxItems = 1000) List<BulkItemResult> results) {

    static BulkResult of(List<BulkItemResult> results) {
        return new BulkResult(
                count(results, BulkItemResult.Result.CREATED),
                count(results, BulkItemResult.Result.REPLACED),
                count(results, BulkItemResult.Result.FAILED),
                results);
    }

    private static int count(List<BulkItemResult> results, BulkItemResult.Result result) {
        return (int) results.stream().filter(r -> r.result() == result).count();
    }
}
