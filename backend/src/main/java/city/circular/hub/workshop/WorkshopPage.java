package city.circular.hub.workshop;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WorkshopPage",
        description = "One page of workshops in chronological order.",
        requiredProperties = {"items"})
public record WorkshopPage(
        List<WorkshopSummary> items,

        @Schema(description = "Cursor for the next page; absent on the last page")
        String next) {}
