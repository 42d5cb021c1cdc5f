package city.circular.hub.stakeholder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnalysisMethod", description = "How a stakeholder analysis was carried out.")
public enum AnalysisMethod {
    WORKSHOP,
    INTERVIEWS,
    SURVEY,
    DESK_RESEARCH,
    MIXED
}
