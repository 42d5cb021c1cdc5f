package city.circular.hub.component;

import city.circular.hub.common.ManyRecords;
import city.circular.hub.sync.UpsertDocs;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A bulk upsert of a strategy's components. The items are validated one by one when they are stored (sync/Upserts), so
 * that in partial mode one invalid item does not refuse the others; more than 1,000 items answer 413 there.
 */
@Schema(
        name = "StrategyComponentBulkInput",
        description = "Up to 1,000 components of the strategy, each with its externalId.")
public record ComponentBulkInput(
        @NotNull @Size(min = 1, max = UpsertDocs.MAX_BULK_ITEMS) @ManyRecords
        List<StrategyComponentInput> items) {}
