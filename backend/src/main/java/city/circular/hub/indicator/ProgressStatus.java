package city.circular.hub.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ProgressStatus",
        description = "NO_DATA: no values yet. NO_TARGET: no baseline or no target to measure against. ACHIEVED: the "
                + "latest value reached the target in the desired direction. ON_TRACK: progress at least as far as "
                + "the time elapsed. OFF_TRACK: behind.")
public enum ProgressStatus {
    NO_DATA,
    NO_TARGET,
    ACHIEVED,
    ON_TRACK,
    OFF_TRACK
}
