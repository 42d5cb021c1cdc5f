package city.circular.hub.practice;

import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.sync.Upserts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Practices by external id: owned by the organization asked for or the caller's only one, written by the service. */
@ApplicationScoped
public class PracticeUpserts implements Upserts.Collection<PracticeInput> {

    private final PracticeService service;
    private final PracticeRepository records;
    private final AccessPolicy access;

    public PracticeUpserts(PracticeService service, PracticeRepository records, AccessPolicy access) {
        this.service = service;
        this.records = records;
        this.access = access;
    }

    @Override
    public String path() {
        return "/api/v1/practices";
    }

    @Override
    public UUID owner(UUID requestedOrganization, PracticeInput input) {
        return access.organizationForNewRecord(Upserts.requested(requestedOrganization, input.organizationId()));
    }

    @Override
    public String externalIdOf(PracticeInput input) {
        return input.externalId();
    }

    @Override
    public PracticeInput keyed(PracticeInput in, UUID owner, String externalId) {
        return new PracticeInput(
                owner,
                in.title(),
                in.summary(),
                in.context(),
                in.problem(),
                in.approach(),
                in.results(),
                in.successFactors(),
                in.barriers(),
                in.costAndEffort(),
                in.duration(),
                in.transferConditions(),
                in.lessonsLearned(),
                in.contactOrganizationId(),
                in.fieldsOfAction(),
                in.sdgTargets(),
                in.maturity(),
                in.language(),
                in.licence(),
                in.attachments(),
                in.sourceProjectId(),
                in.visibility(),
                externalId);
    }

    @Override
    public Optional<UUID> find(UUID owner, String externalId) {
        return records.idByExternalId(owner, externalId);
    }

    @Override
    public Upserts.Written create(PracticeInput input) {
        return written(service.create(input));
    }

    @Override
    public Upserts.Written replace(UUID id, String ifMatch, PracticeInput input) {
        return written(service.update(id, ifMatch, input));
    }

    private static Upserts.Written written(PracticeView view) {
        return new Upserts.Written(view.id(), view.version(), view);
    }
}
