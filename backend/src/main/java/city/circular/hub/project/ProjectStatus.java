package city.circular.hub.project;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ProjectStatus",
        description = "IDEA → SHORTLISTED → SELECTED → PREPARATION → IMPLEMENTATION → COMPLETED → SCALED. An active "
                + "project can be put ON_HOLD and resumed where it stopped; any project not yet completed can be "
                + "CANCELLED. ON_HOLD and CANCELLED need a reason.")
public enum ProjectStatus {
    IDEA,
    SHORTLISTED,
    SELECTED,
    PREPARATION,
    IMPLEMENTATION,
    COMPLETED,
    SCALED,
    ON_HOLD,
    CANCELLED;

    private static final List<ProjectStatus> MAIN_LINE =
            List.of(IDEA, SHORTLISTED, SELECTED, PREPARATION, IMPLEMENTATION, COMPLETED, SCALED);
    private static final Set<ProjectStatus> ACTIVE =
            EnumSet.of(IDEA, SHORTLISTED, SELECTED, PREPARATION, IMPLEMENTATION);

    public boolean needsReason() {
        return this == ON_HOLD || this == CANCELLED;
    }

    /** The statuses a project in this status may move to; {@code heldAt} is where an ON_HOLD project stopped. */
    public Set<ProjectStatus> next(ProjectStatus heldAt) {
        Set<ProjectStatus> next = EnumSet.noneOf(ProjectStatus.class);
        if (this == ON_HOLD) {
            if (heldAt != null) {
                next.add(heldAt);
            }
            next.add(CANCELLED);
        } else if (ACTIVE.contains(this)) {
            next.add(MAIN_LINE.get(MAIN_LINE.indexOf(this) + 1));
            next.add(ON_HOLD);
            next.add(CANCELLED);
        } else if (this == COMPLETED) {
            next.add(SCALED);
        }
        return next;
    }
}
