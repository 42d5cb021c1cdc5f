package city.circular.hub.project;

import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.sync.Upserts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Starter projects by external id: owned by the organization asked for or the caller's only one, written by the service. */
@ApplicationScoped
public class StarterProjectUpserts implements Upserts.Collection<ProjectInput> {

    private final StarterProjectService service;
    private final ProjectRepository records;
    private final AccessPolicy access;

    public StarterProjectUpserts(StarterProjectService service, ProjectRepository records, AccessPolicy access) {
        this.service = service;
        this.records = records;
        this.access = access;
    }

    @Override
    public String path() {
        return "/api/v1/starter-projects";
    }

    @Override
    public UUID owner(UUID requestedOrganization, ProjectInput input) {
        return access.organizationForNewRecord(Upserts.requested(requestedOrganization, input.organizationId()));
    }

    @Override
    public String externalIdOf(ProjectInput input) {
        return input.externalId();
    }

    @Override
    public ProjectInput keyed(ProjectInput in, UUID owner, String externalId) {
        return new ProjectInput(
                owner,
                in.strategyId(),
                in.title(),
                in.summary(),
                in.fieldsOfAction(),
                in.componentIds(),
                in.startDate(),
                in.plannedCompletion(),
                in.actualCompletion(),
                in.budgetPlanned(),
                in.budgetActual(),
                in.fundingSource(),
                in.parties(),
                in.visibility(),
                externalId);
    }

    @Override
    public Optional<UUID> find(UUID owner, String externalId) {
        return records.idByExternalId(owner, externalId);
    }

    @Override
    public Upserts.Written create(ProjectInput input) {
        // As create does, for the owner that owner() checked the caller edits for in this transaction.
        return written(service.insert(input.organizationId(), input, null, null));
    }

    @Override
    public Upserts.Written replace(UUID id, String ifMatch, ProjectInput input) {
        return written(service.change(id, ifMatch, input));
    }

    private Upserts.Written written(StarterProject project) {
        return new Upserts.Written(project.id, project.version, () -> service.view(project));
    }
}
