package city.circular.hub.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "IndicatorDirection",
        description = "Which way the indicator should go: up (INCREASE) or down (DECREASE).")
public enum IndicatorDirection {
    INCREASE,
    DECREASE
}
