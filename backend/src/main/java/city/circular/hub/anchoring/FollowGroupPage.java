package city.circular.hub.anchoring;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "FollowGroupPage",
        description = "One page of follow groups, by name.",
        requiredProperties = {"items"})
public record FollowGroupPage(
        List<FollowGroupView> items,

        @Schema(description = "Cursor for the next page; absent on the last page")
        String next) {}
