package city.circular.hub.project;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MeasureRepository implements PanacheRepositoryBase<Measure, UUID> {

    /** Measures of the organization's projects completed after {@code after} up to {@code to}, in time order. */
    List<ProjectActivity.CompletedMeasure> completedIn(UUID organizationId, Instant after, Instant to) {
        return getEntityManager()
                .createQuery(
                        "select m.projectId, p.title, m.id, m.title, m.completedAt from Measure m, StarterProject p"
                                + " where m.projectId = p.id and p.organizationId = :org and m.completedAt > :after"
                                + " and m.completedAt <= :to order by m.completedAt, m.id",
                        Object[].class)
                .setParameter("org", organizationId)
                .setParameter("after", after)
                .setParameter("to", to)
                .getResultStream()
                .map(row -> new ProjectActivity.CompletedMeasure(
                        (UUID) row[0], (String) row[1], (UUID) row[2], (String) row[3], (Instant) row[4]))
                .toList();
    }

    List<Measure> ofProjects(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? List.of() : list("projectId in ?1 order by position, id", projectIds);
    }

    Optional<Measure> find(UUID projectId, UUID measureId) {
        return find("id = ?1 and projectId = ?2", measureId, projectId).firstResultOptional();
    }

    int nextPosition(UUID projectId) {
        return (int) count("projectId", projectId);
    }

    /** Whether another measure of the project has this external id. */
    boolean externalIdTaken(UUID projectId, String externalId, UUID except) {
        return externalId != null
                && count(
                                "projectId = ?1 and externalId = ?2 and id <> ?3",
                                projectId,
                                externalId,
                                except == null ? new UUID(0, 0) : except)
                        > 0;
    }

    Optional<UUID> idByExternalId(UUID projectId, String externalId) {
        return find("projectId = ?1 and externalId = ?2", projectId, externalId)
                .firstResultOptional()
                .map(m -> m.id);
    }
}
