package city.circular.hub.network;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NetworkEventPage",
        description = "One page of a network's schedule, by start.",
        requiredProperties = {"items"})
public record EventPage(
        List<EventSummary> items,

        @Schema(description = "Cursor for the next page; absent on the last page")
        String next) {}
