package city.circular.hub.stakeholder;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StakeholderImportReport", description = "The stakeholders a CSV import created.")
public record ImportReport(@Schema(examples = "30") int imported, List<StakeholderView> stakeholders) {}
