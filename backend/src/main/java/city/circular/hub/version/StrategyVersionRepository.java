package city.circular.hub.version;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StrategyVersionRepository implements PanacheRepositoryBase<StrategyVersion, UUID> {

    List<StrategyVersion> ofStrategy(UUID strategyId) {
        return list("strategyId = ?1 order by number desc", strategyId);
    }

    Optional<StrategyVersion> of(UUID strategyId, int number) {
        return find("strategyId = ?1 and number = ?2", strategyId, number).firstResultOptional();
    }

    int lastNumber(UUID strategyId) {
        Integer last = getEntityManager()
                .createQuery("select max(v.number) from StrategyVersion v where v.strategyId = :s", Integer.class)
                .setParameter("s", strategyId)
                .getSingleResult();
        return last == null ? 0 : last;
    }
}
