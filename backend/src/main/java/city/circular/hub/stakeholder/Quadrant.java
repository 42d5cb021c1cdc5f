package city.circular.hub.stakeholder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Quadrant",
        description = "Power/interest grid quadrant; power and interest of 3 or more count as high. "
                + "High power and interest: MANAGE_CLOSELY; high power only: KEEP_SATISFIED; high interest only: "
                + "KEEP_INFORMED; neither: MONITOR.")
public enum Quadrant {
    MANAGE_CLOSELY,
    KEEP_SATISFIED,
    KEEP_INFORMED,
    MONITOR;

    static final int HIGH = 3;

    public static Quadrant of(int power, int interest) {
        boolean highPower = power >= HIGH;
        boolean highInterest = interest >= HIGH;
        if (highPower) {
            return highInterest ? MANAGE_CLOSELY : KEEP_SATISFIED;
        }
        return highInterest ? KEEP_INFORMED : MONITOR;
    }
}
