package city.circular.hub.stakeholder;

import city.circular.hub.strategy.StrategyService;
import city.circular.hub.sync.Upserts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Stakeholder analysiss by external id: owned by the organization of the strategy analysed, written by the service. */
@ApplicationScoped
public class AnalysisUpserts implements Upserts.Collection<AnalysisInput> {

    private final AnalysisService service;
    private final AnalysisRepository records;
    private final StrategyService strategies;

    public AnalysisUpserts(AnalysisService service, AnalysisRepository records, StrategyService strategies) {
        this.service = service;
        this.records = records;
        this.strategies = strategies;
    }

    @Override
    public String path() {
        return "/api/v1/stakeholder-analyses";
    }

    @Override
    public UUID owner(UUID requestedOrganization, AnalysisInput input) {
        // An analysis belongs to its strategy's organization; the caller must be able to change that strategy.
        return strategies.getWritable(input.strategyId()).organizationId;
    }

    @Override
    public String externalIdOf(AnalysisInput input) {
        return input.externalId();
    }

    @Override
    public AnalysisInput keyed(AnalysisInput in, UUID owner, String externalId) {
        return new AnalysisInput(
                in.strategyId(),
                in.title(),
                in.method(),
                in.conductedOn(),
                in.status(),
                in.facilitator(),
                in.visibility(),
                externalId);
    }

    @Override
    public Optional<UUID> find(UUID owner, String externalId) {
        return records.idByExternalId(owner, externalId);
    }

    @Override
    public Upserts.Written create(AnalysisInput input) {
        return written(service.create(input));
    }

    @Override
    public Upserts.Written replace(UUID id, String ifMatch, AnalysisInput input) {
        return written(service.update(id, ifMatch, input));
    }

    private static Upserts.Written written(StakeholderAnalysis record) {
        return new Upserts.Written(record.id, record.version, AnalysisView.of(record));
    }
}
