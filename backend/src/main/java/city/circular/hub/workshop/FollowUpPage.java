package city.circular.hub.workshop;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WorkshopFollowUpPage",
        description = "One page of follow-ups across workshops, by due date.",
        requiredProperties = {"items"})
public record FollowUpPage(
        List<FollowUpView> items,

        @Schema(description = "Cursor for the next page; absent on the last page")
        String next) {}
