package city.circular.hub.project;

import city.circular.hub.organization.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** The status updates of starter projects: short progress notes, newest first, written by the project's writers. */
@ApplicationScoped
public class StatusUpdateService {

    private final ProjectRepository projects;
    private final StatusUpdateRepository updates;
    private final AccessPolicy access;

    public StatusUpdateService(ProjectRepository projects, StatusUpdateRepository updates, AccessPolicy access) {
        this.projects = projects;
        this.updates = updates;
        this.access = access;
    }

    public List<StatusUpdate> statusUpdates(UUID projectId) {
        return updates.ofProject(access.readable(projects.findById(projectId), StarterProjectService.WHAT).id);
    }

    @Transactional
    public StatusUpdate addStatusUpdate(UUID projectId, StatusUpdateInput input) {
        StarterProject project = access.writable(projects.findById(projectId), StarterProjectService.WHAT);
        StatusUpdate update = new StatusUpdate();
        update.id = UUID.randomUUID();
        update.projectId = project.id;
        update.reportedOn = input.reportedOn() == null ? LocalDate.now() : input.reportedOn();
        update.author = access.caller().displayName();
        update.text = input.text().strip();
        update.progress = input.progress() == null ? null : input.progress().shortValue();
        update.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        updates.persistAndFlush(update);
        return update;
    }
}
