package city.circular.hub.stakeholder;

import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.sync.Upserts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Stakeholders by external id: owned by the organization asked for or the caller's only one, written by the service. */
@ApplicationScoped
public class StakeholderUpserts implements Upserts.Collection<StakeholderInput> {

    private final StakeholderService service;
    private final StakeholderRepository records;
    private final AccessPolicy access;

    public StakeholderUpserts(StakeholderService service, StakeholderRepository records, AccessPolicy access) {
        this.service = service;
        this.records = records;
        this.access = access;
    }

    @Override
    public String path() {
        return "/api/v1/stakeholders";
    }

    @Override
    public UUID owner(UUID requestedOrganization, StakeholderInput input) {
        return access.organizationForNewRecord(Upserts.requested(requestedOrganization, input.organizationId()));
    }

    @Override
    public String externalIdOf(StakeholderInput input) {
        return input.externalId();
    }

    @Override
    public StakeholderInput keyed(StakeholderInput in, UUID owner, String externalId) {
        return new StakeholderInput(
                owner,
                in.name(),
                in.sector(),
                in.fieldsOfAction(),
                in.website(),
                in.description(),
                in.visibility(),
                externalId);
    }

    @Override
    public Optional<UUID> find(UUID owner, String externalId) {
        return records.idByExternalId(owner, externalId);
    }

    @Override
    public Upserts.Written create(StakeholderInput input) {
        return written(service.create(input));
    }

    @Override
    public Upserts.Written replace(UUID id, String ifMatch, StakeholderInput input) {
        return written(service.update(id, ifMatch, input));
    }

    private static Upserts.Written written(Stakeholder record) {
        return new Upserts.Written(record.id, record.version, StakeholderView.of(record));
    }
}
