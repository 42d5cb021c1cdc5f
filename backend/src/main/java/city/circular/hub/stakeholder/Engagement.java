package city.circular.hub.stakeholder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Engagement",
        description = "Engagement level, from least to most engaged: UNAWARE, RESISTANT, NEUTRAL, SUPPORTIVE, LEADING.")
public enum Engagement {
    UNAWARE,
    RESISTANT,
    NEUTRAL,
    SUPPORTIVE,
    LEADING
}
