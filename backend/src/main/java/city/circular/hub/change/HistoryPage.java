package city.circular.hub.change;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HistoryPage", description = "One page of a history, newest change first.")
public record HistoryPage(
        @Schema(required = true) List<HistoryEntryView> items,

        @Schema(description = "Pass as `cursor` for older changes; absent on the last page")
        String next) {}
