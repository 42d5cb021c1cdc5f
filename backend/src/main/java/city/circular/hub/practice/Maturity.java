package city.circular.hub.practice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PracticeMaturity",
        description = "How far a practice has come: an idea, tested once, a lighthouse others look at, or scaled to "
                + "broad application.")
public enum Maturity {
    IDEA,
    TESTED,
    LIGHTHOUSE,
    SCALED
}
