package city.circular.hub.stakeholder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnalysisStatus")
public enum AnalysisStatus {
    PLANNED,
    IN_PROGRESS,
    COMPLETED
}
