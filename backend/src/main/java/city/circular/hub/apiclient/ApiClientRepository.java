package city.circular.hub.apiclient;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApiClientRepository implements PanacheRepositoryBase<ApiClient, UUID> {

    public List<ApiClient> ofOrganization(UUID organizationId) {
        return list("organizationId = ?1 order by createdAt, id", organizationId);
    }

    public Optional<ApiClient> ofOrganization(UUID organizationId, UUID id) {
        return find("organizationId = ?1 and id = ?2", organizationId, id).firstResultOptional();
    }
}
