package city.circular.hub.anchoring;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "CouncilDecisionPage",
        description = "One page of council and committee decisions, the latest first.",
        requiredProperties = {"items"})
public record CouncilDecisionPage(
        List<CouncilDecisionView> items,

        @Schema(description = "Cursor for the next page; absent on the last page")
        String next) {}
