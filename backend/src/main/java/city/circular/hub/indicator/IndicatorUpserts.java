package city.circular.hub.indicator;

import city.circular.hub.strategy.StrategyService;
import city.circular.hub.sync.ChildCollection;
import city.circular.hub.sync.Upserts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Indicators of one strategy by external id, which is unique per strategy, and the values of one indicator by theirs,
 * unique per indicator: looked up among the parent's records only, written by the service.
 */
@ApplicationScoped
public class IndicatorUpserts {

    private final IndicatorService service;
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final StrategyService strategies;

    public IndicatorUpserts(
            IndicatorService service,
            IndicatorRepository indicators,
            IndicatorValueRepository values,
            StrategyService strategies) {
        this.service = service;
        this.indicators = indicators;
        this.values = values;
        this.strategies = strategies;
    }

    /**
     * The indicator's values as a collection to upsert into: a new value is added as by POST, a replace corrects the
     * value in place (its own version, and a new version of the indicator when anything changed).
     */
    public Upserts.Collection<IndicatorValueInput> values(UUID strategyId, UUID indicatorId) {
        return new ChildCollection<>(
                "/api/v1/strategies/" + strategyId + "/indicators/" + indicatorId + "/values",
                () -> service.writableOwner(strategyId, indicatorId),
                IndicatorValueInput::externalId,
                IndicatorValueInput::withExternalId,
                key -> values.idByExternalId(indicatorId, key),
                input -> written(service.createValue(strategyId, indicatorId, input)),
                (id, ifMatch, input) -> written(service.replaceValue(strategyId, indicatorId, id, ifMatch, input)));
    }

    /** The strategy's indicators as a collection to upsert into. */
    public Upserts.Collection<IndicatorInput> of(UUID strategyId) {
        return new Upserts.Collection<>() {
            @Override
            public String path() {
                return "/api/v1/strategies/" + strategyId + "/indicators";
            }

            @Override
            public UUID owner(UUID requestedOrganization, IndicatorInput input) {
                return strategies.getWritable(strategyId).organizationId;
            }

            @Override
            public String externalIdOf(IndicatorInput input) {
                return input.externalId();
            }

            @Override
            public IndicatorInput keyed(IndicatorInput in, UUID owner, String externalId) {
                return new IndicatorInput(
                        in.componentId(),
                        in.name(),
                        in.unit(),
                        in.kind(),
                        in.direction(),
                        in.baseline(),
                        in.targets(),
                        in.source(),
                        externalId);
            }

            @Override
            public Optional<UUID> find(UUID owner, String externalId) {
                return indicators
                        .find("strategyId = ?1 and externalId = ?2", strategyId, externalId)
                        .firstResultOptional()
                        .map(indicator -> indicator.id);
            }

            @Override
            public Upserts.Written create(IndicatorInput input) {
                return written(service.create(strategyId, input));
            }

            @Override
            public Upserts.Written replace(UUID id, String ifMatch, IndicatorInput input) {
                return written(service.update(strategyId, id, ifMatch, input));
            }
        };
    }

    private static Upserts.Written written(IndicatorWithValues state) {
        return new Upserts.Written(state.indicator().id, state.indicator().version, IndicatorMapper.toView(state));
    }

    private static Upserts.Written written(IndicatorValue value) {
        return new Upserts.Written(value.id, value.version, IndicatorMapper.toView(value));
    }
}
