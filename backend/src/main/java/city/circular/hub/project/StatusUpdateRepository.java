package city.circular.hub.project;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StatusUpdateRepository implements PanacheRepositoryBase<StatusUpdate, UUID> {

    List<StatusUpdate> ofProject(UUID projectId) {
        return list("projectId = ?1 order by reportedOn desc, createdAt desc", projectId);
    }
}
