package city.circular.hub.practice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PracticeStatus",
        description = "DRAFT practices are read by their owner only; PUBLISHED ones by everyone their visibility "
                + "admits.")
public enum PracticeStatus {
    DRAFT,
    PUBLISHED
}
