package city.circular.hub.project;

import static city.circular.hub.project.ProjectStatus.CANCELLED;
import static city.circular.hub.project.ProjectStatus.COMPLETED;
import static city.circular.hub.project.ProjectStatus.IDEA;
import static city.circular.hub.project.ProjectStatus.IMPLEMENTATION;
import static city.circular.hub.project.ProjectStatus.ON_HOLD;
import static city.circular.hub.project.ProjectStatus.PREPARATION;
import static city.circular.hub.project.ProjectStatus.SCALED;
import static city.circular.hub.project.ProjectStatus.SHORTLISTED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectStatusTest {

    @Test
    void activeProjectsMoveOneStepOnOrAside() {
        assertEquals(Set.of(SHORTLISTED, ON_HOLD, CANCELLED), IDEA.next(null));
        assertEquals(Set.of(COMPLETED, ON_HOLD, CANCELLED), IMPLEMENTATION.next(null));
    }

    @Test
    void heldProjectsResumeWhereTheyStopped() {
        assertEquals(Set.of(PREPARATION, CANCELLED), ON_HOLD.next(PREPARATION));
    }

    @Test
    void finishedProjectsOnlyScale() {
        assertEquals(Set.of(SCALED), COMPLETED.next(null));
        assertEquals(Set.of(), SCALED.next(null));
        assertEquals(Set.of(), CANCELLED.next(null));
    }
}
