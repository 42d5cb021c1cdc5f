package city.circular.hub.project;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MeasureRepository implements PanacheRepositoryBase<Measure, UUID> {

    List<Measure> ofProjects(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? List.of() : list("projectId in ?1 order by position, id", projectIds);
    }

    Optional<Measure> find(UUID projectId, UUID measureId) {
        return find("id = ?1 and projectId = ?2", measureId, projectId).firstResultOptional();
    }

    int nextPosition(UUID projectId) {
        return (int) count("projectId", projectId);
    }
}
