package city.circular.hub.change;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangePage", description = "One page of the change feed.")
public record ChangePage(
        @Schema(required = true) List<ChangeView> items,

        @Schema(
                required = true,
                description = "Pass as `after` for the following page; present even when this page is "
                        + "empty, so a client keeps polling from here.")
        String next,

        @Schema(required = true, description = "Whether more changes are ready now")
        boolean hasMore) {}
