package city.circular.hub.stakeholder;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RatingRepository implements PanacheRepositoryBase<StakeholderRating, UUID> {

    List<StakeholderRating> ofAnalysis(UUID analysisId) {
        return list("analysisId", analysisId);
    }

    Optional<StakeholderRating> find(UUID analysisId, UUID stakeholderId) {
        return find("analysisId = ?1 and stakeholderId = ?2", analysisId, stakeholderId)
                .firstResultOptional();
    }
}
