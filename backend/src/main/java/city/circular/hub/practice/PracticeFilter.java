package city.circular.hub.practice;

import java.util.UUID;

/** What the practice library is searched by; every part is optional. */
public record PracticeFilter(
        String text,
        UUID organizationId,
        String fieldOfAction,
        String country,
        PopulationBand populationBand,
        Maturity maturity,
        String language,
        UUID networkId,
        PracticeStatus status,
        UUID sourceProjectId) {}
