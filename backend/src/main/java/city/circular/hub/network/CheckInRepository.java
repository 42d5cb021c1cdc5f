package city.circular.hub.network;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class CheckInRepository implements PanacheRepositoryBase<AdvisorCheckIn, UUID> {

    List<AdvisorCheckIn> ofAssignment(UUID assignmentId) {
        return list("assignmentId = ?1 order by heldOn desc, createdAt desc, id", assignmentId);
    }

    /** Per assignment: the date of its latest check-in and its next follow-up from a given day on, in one query. */
    Map<UUID, Dates> datesOf(Collection<UUID> assignmentIds, LocalDate today) {
        if (assignmentIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery(
                        "select c.assignmentId, max(c.heldOn), min(case when c.followUpOn >= :today"
                                + " then c.followUpOn end) from AdvisorCheckIn c where c.assignmentId in :ids"
                                + " group by c.assignmentId",
                        Object[].class)
                .setParameter("ids", assignmentIds)
                .setParameter("today", today)
                .getResultStream()
                .collect(Collectors.toMap(
                        row -> (UUID) row[0], row -> new Dates((LocalDate) row[1], (LocalDate) row[2])));
    }

    record Dates(LocalDate lastCheckIn, LocalDate nextFollowUp) {}
}
