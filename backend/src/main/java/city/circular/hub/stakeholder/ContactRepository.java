package city.circular.hub.stakeholder;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<StakeholderContact, UUID> {

    List<StakeholderContact> ofStakeholder(UUID stakeholderId) {
        return list("stakeholderId = ?1 order by name, id", stakeholderId);
    }

    Optional<StakeholderContact> find(UUID stakeholderId, UUID contactId) {
        return find("id = ?1 and stakeholderId = ?2", contactId, stakeholderId).firstResultOptional();
    }
}
