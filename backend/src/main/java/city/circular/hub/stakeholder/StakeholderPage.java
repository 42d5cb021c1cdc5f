package city.circular.hub.stakeholder;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StakeholderPage", description = "One page of the stakeholder register, by name.")
public record StakeholderPage(
        List<StakeholderView> items,

        @Schema(description = "Cursor for the next page; absent on the last page", nullable = true)
        String next) {}
