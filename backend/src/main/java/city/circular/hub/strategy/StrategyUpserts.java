package city.circular.hub.strategy;

import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.sync.Upserts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Strategies by external id: owned by the organization asked for or the caller's only one, written by the service. */
@ApplicationScoped
public class StrategyUpserts implements Upserts.Collection<StrategyInput> {

    private final StrategyService service;
    private final StrategyRepository strategies;
    private final AccessPolicy access;

    public StrategyUpserts(StrategyService service, StrategyRepository strategies, AccessPolicy access) {
        this.service = service;
        this.strategies = strategies;
        this.access = access;
    }

    @Override
    public String path() {
        return "/api/v1/strategies";
    }

    @Override
    public UUID owner(UUID requestedOrganization, StrategyInput input) {
        return access.organizationForNewRecord(Upserts.requested(requestedOrganization, input.organizationId()));
    }

    @Override
    public String externalIdOf(StrategyInput input) {
        return input.externalId();
    }

    @Override
    public StrategyInput keyed(StrategyInput in, UUID owner, String externalId) {
        return new StrategyInput(
                owner, in.title(), in.summary(), in.periodFrom(), in.periodTo(), in.visibility(), externalId);
    }

    @Override
    public Optional<UUID> find(UUID owner, String externalId) {
        return strategies.idByExternalId(owner, externalId);
    }

    @Override
    public Upserts.Written create(StrategyInput input) {
        return written(service.create(input));
    }

    @Override
    public Upserts.Written replace(UUID id, String ifMatch, StrategyInput input) {
        return written(service.update(id, ifMatch, input));
    }

    private static Upserts.Written written(Strategy strategy) {
        return new Upserts.Written(strategy.id, strategy.version, StrategyMapper.toView(strategy));
    }
}
