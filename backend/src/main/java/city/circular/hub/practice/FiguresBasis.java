package city.circular.hub.practice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "FiguresBasis",
        description = "Whether a practice's result figures were measured or are estimates, such as the impact "
                + "estimates of the source project's measures.")
public enum FiguresBasis {
    MEASURED,
    ESTIMATED
}
