package city.circular.hub.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "IndicatorKind",
        description = "What an indicator measures: OUTPUT (what was done), OUTCOME (the change it brought), IMPACT "
                + "(the long-term effect, such as emissions).")
public enum IndicatorKind {
    OUTPUT,
    OUTCOME,
    IMPACT
}
