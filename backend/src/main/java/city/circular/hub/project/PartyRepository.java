package city.circular.hub.project;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PartyRepository implements PanacheRepositoryBase<ProjectParty, UUID> {

    List<ProjectParty> ofProjects(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? List.of() : list("projectId in ?1 order by role, id", projectIds);
    }

    void replace(UUID projectId, List<ProjectParty> parties) {
        delete("projectId", projectId);
        getEntityManager().flush();
        persist(parties);
    }
}
