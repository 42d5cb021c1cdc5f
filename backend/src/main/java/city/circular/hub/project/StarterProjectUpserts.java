package city.circular.hub.project;

import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.sync.Upserts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Starter projects by external id: owned by the organization asked for or the caller's only one, written by the service. */
@ApplicationScoped
public class StarterProjectUpserts implements Upserts.Collection<ProjectInput> {

    private final StarterProjectService service;
    private final ProjectRepository records;
    private final PartyRepository parties;
    private final AccessPolicy access;

    public StarterProjectUpserts(
            StarterProjectService service, ProjectRepository records, PartyRepository parties, AccessPolicy access) {
        this.service = service;
        this.records = records;
        this.parties = parties;
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

    /** Bulk: the projects and their parties in two queries per transaction, and no flush per item. */
    @Override
    public Upserts.Batch<ProjectInput> batch() {
        StarterProjectService.Prefetched prefetched = new StarterProjectService.Prefetched(new HashMap<>());
        return new Upserts.Batch<>() {
            @Override
            public Map<String, UUID> find(UUID owner, Collection<String> externalIds) {
                Map<String, UUID> ids = new HashMap<>();
                records.byExternalIds(owner, externalIds).forEach((key, project) -> ids.put(key, project.id));
                for (ProjectParty party : parties.ofProjects(ids.values())) {
                    prefetched
                            .parties()
                            .computeIfAbsent(party.projectId, p -> new ArrayList<>())
                            .add(party);
                }
                return ids;
            }

            @Override
            public Upserts.Written create(ProjectInput input) {
                return written(service.insert(input.organizationId(), input, null, null, prefetched));
            }

            @Override
            public Upserts.Written replace(UUID id, ProjectInput input) {
                return written(service.change(id, "*", input, prefetched));
            }
        };
    }

    /** The version is read when the answer is made, after the flush that writes a replaced project. */
    private Upserts.Written written(StarterProject project) {
        return new Upserts.Written(project.id, () -> project.version, () -> service.view(project));
    }
}
