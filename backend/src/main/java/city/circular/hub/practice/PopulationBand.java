package city.circular.hub.practice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PopulationBand", description = "Size of the municipality the practice comes from, by inhabitants.")
public enum PopulationBand {
    UNDER_20K,
    FROM_20K_TO_100K,
    FROM_100K_TO_500K,
    OVER_500K;

    public static PopulationBand of(Integer population) {
        if (population == null) {
            return null;
        }
        if (population < 20_000) {
            return UNDER_20K;
        }
        if (population < 100_000) {
            return FROM_20K_TO_100K;
        }
        return population < 500_000 ? FROM_100K_TO_500K : OVER_500K;
    }
}
