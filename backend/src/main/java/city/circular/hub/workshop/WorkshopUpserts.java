package city.circular.hub.workshop;

import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.sync.Upserts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Workshops by external id: owned by the organization asked for or the caller's only one, written by the service. */
@ApplicationScoped
public class WorkshopUpserts implements Upserts.Collection<WorkshopInput> {

    private final WorkshopService service;
    private final WorkshopRepository records;
    private final AccessPolicy access;

    public WorkshopUpserts(WorkshopService service, WorkshopRepository records, AccessPolicy access) {
        this.service = service;
        this.records = records;
        this.access = access;
    }

    @Override
    public String path() {
        return "/api/v1/workshops";
    }

    @Override
    public UUID owner(UUID requestedOrganization, WorkshopInput input) {
        return access.organizationForNewRecord(Upserts.requested(requestedOrganization, input.organizationId()));
    }

    @Override
    public String externalIdOf(WorkshopInput input) {
        return input.externalId();
    }

    @Override
    public WorkshopInput keyed(WorkshopInput in, UUID owner, String externalId) {
        return new WorkshopInput(
                owner,
                in.strategyId(),
                in.title(),
                in.purpose(),
                in.format(),
                in.startsAt(),
                in.endsAt(),
                in.place(),
                in.onlineLink(),
                in.facilitators(),
                in.capacity(),
                in.status(),
                in.minutes(),
                in.visibility(),
                externalId);
    }

    @Override
    public Optional<UUID> find(UUID owner, String externalId) {
        return records.idByExternalId(owner, externalId);
    }

    @Override
    public Upserts.Written create(WorkshopInput input) {
        return written(service.create(input));
    }

    @Override
    public Upserts.Written replace(UUID id, String ifMatch, WorkshopInput input) {
        return written(service.update(id, ifMatch, input));
    }

    private static Upserts.Written written(WorkshopView view) {
        return new Upserts.Written(view.id(), view.version(), view);
    }
}
