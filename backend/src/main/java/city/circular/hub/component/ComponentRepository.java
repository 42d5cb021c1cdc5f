package city.circular.hub.component;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ComponentRepository implements PanacheRepositoryBase<StrategyComponent, UUID> {

    /** The whole outline of a strategy, in one statement; {@link Outline} puts it in order. */
    public List<StrategyComponent> listByStrategy(UUID strategyId) {
        return list("strategyId", strategyId);
    }

    /** The type of the component, if it belongs to the strategy. */
    public Optional<ComponentType> typeOf(UUID strategyId, UUID componentId) {
        return find("id = ?1 and strategyId = ?2", componentId, strategyId)
                .firstResultOptional()
                .map(c -> c.type);
    }

    /** Whether another component of the strategy has this external id. */
    boolean externalIdTaken(UUID strategyId, String externalId, UUID except) {
        return externalId != null
                && count(
                                "strategyId = ?1 and externalId = ?2 and id <> ?3",
                                strategyId,
                                externalId,
                                except == null ? new UUID(0, 0) : except)
                        > 0;
    }

    Optional<UUID> idByExternalId(UUID strategyId, String externalId) {
        return find("strategyId = ?1 and externalId = ?2", strategyId, externalId)
                .firstResultOptional()
                .map(c -> c.id);
    }
}
