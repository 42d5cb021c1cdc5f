package city.circular.hub.project;

import city.circular.hub.common.Visibility;
import city.circular.hub.fieldofaction.BuiltInFieldOfAction;
import city.circular.hub.fieldofaction.FieldOfActionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Starts a starter project from a good practice another city published, keeping what was adopted as its origin. */
@ApplicationScoped
public class AdoptedProjectService {

    private final StarterProjectService projects;
    private final FieldOfActionService fieldsOfAction;

    public AdoptedProjectService(StarterProjectService projects, FieldOfActionService fieldsOfAction) {
        this.projects = projects;
        this.fieldsOfAction = fieldsOfAction;
    }

    /** What the new project starts from: the adopted practice's id, version and text. */
    public record Adopted(
            UUID practiceId,
            long practiceVersion,
            String practiceTitle,
            String title,
            String summary,
            List<String> fieldsOfAction,
            String originNote) {}

    /**
     * Creates the project in status IDEA for an organization the caller was already checked to edit for. Fields of
     * action of the practice's owner that the adopter does not have are left out.
     */
    @Transactional
    public UUID create(UUID owner, Adopted adopted) {
        Set<String> own = fieldsOfAction.customCodesOf(owner);
        List<String> usable = adopted.fieldsOfAction().stream()
                .filter(code -> BuiltInFieldOfAction.isBuiltIn(code) || own.contains(code))
                .toList();
        ProjectInput input = new ProjectInput(
                owner,
                null,
                adopted.title(),
                adopted.summary(),
                usable,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                Visibility.PRIVATE,
                null);
        StarterProject project = projects.insert(owner, input, null, adopted.originNote());
        project.originPracticeId = adopted.practiceId();
        project.originPracticeVersion = adopted.practiceVersion();
        project.originPracticeTitle = adopted.practiceTitle();
        return project.id;
    }
}
