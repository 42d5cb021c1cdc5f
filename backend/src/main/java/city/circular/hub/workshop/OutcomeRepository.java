package city.circular.hub.workshop;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OutcomeRepository implements PanacheRepositoryBase<Outcome, UUID> {

    List<Outcome> ofWorkshop(UUID workshopId) {
        return list("workshopId = ?1 order by createdAt, id", workshopId);
    }

    Optional<Outcome> find(UUID workshopId, UUID outcomeId) {
        return find("id = ?1 and workshopId = ?2", outcomeId, workshopId).firstResultOptional();
    }
}
