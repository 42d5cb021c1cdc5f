package city.circular.hub.project;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Confidence", description = "How reliable an impact estimate is.")
public enum Confidence {
    LOW,
    MEDIUM,
    HIGH
}
