package city.circular.hub.stakeholder;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StakeholderAnalysisPage", description = "One page of stakeholder analyses, newest change first.")
public record AnalysisPage(
        List<AnalysisView> items,

        @Schema(description = "Cursor for the next page; absent on the last page", nullable = true)
        String next) {}
