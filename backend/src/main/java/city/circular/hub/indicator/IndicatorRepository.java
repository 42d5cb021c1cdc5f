package city.circular.hub.indicator;

import city.circular.hub.component.GoalIndicators;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, UUID>, GoalIndicators {

    /** A strategy's indicators (of one component, if given), oldest first. */
    List<Indicator> listByStrategy(UUID strategyId, UUID componentId) {
        PanacheQuery<Indicator> query = componentId == null
                ? find("strategyId = ?1 order by createdAt, id", strategyId)
                : find("strategyId = ?1 and componentId = ?2 order by createdAt, id", strategyId, componentId);
        return query.list();
    }

    Optional<Indicator> findInStrategy(UUID strategyId, UUID id, LockModeType lock) {
        return find("id = ?1 and strategyId = ?2", id, strategyId)
                .withLock(lock)
                .firstResultOptional();
    }

    boolean externalIdTaken(UUID strategyId, String externalId, UUID except) {
        return externalId != null
                && count(
                                "strategyId = ?1 and externalId = ?2 and id <> ?3",
                                strategyId,
                                externalId,
                                except == null ? new UUID(0, 0) : except)
                        > 0;
    }

    @Override
    public boolean measure(UUID componentId) {
        return count("componentId", componentId) > 0;
    }
}
