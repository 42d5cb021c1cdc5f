package city.circular.hub.project;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeasureStatus")
public enum MeasureStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    CANCELLED
}
