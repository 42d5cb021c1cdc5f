package city.circular.hub.network;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NetworkPage",
        description = "One page of networks by name.",
        requiredProperties = {"items"})
public record NetworkPage(
        List<NetworkView> items,

        @Schema(description = "Cursor for the next page; absent on the last page")
        String next) {}
