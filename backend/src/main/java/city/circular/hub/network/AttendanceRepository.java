package city.circular.hub.network;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class AttendanceRepository implements PanacheRepositoryBase<Attendance, UUID> {

    List<Attendance> ofEvent(UUID eventId) {
        return list("eventId", eventId);
    }

    Optional<Attendance> of(UUID eventId, UUID organizationId) {
        return find("eventId = ?1 and organizationId = ?2", eventId, organizationId)
                .firstResultOptional();
    }

    /** How many of the network's events each organization attended. */
    Map<UUID, Long> attendedIn(UUID networkId) {
        return getEntityManager()
                .createQuery(
                        "select a.organizationId, count(a) from Attendance a, NetworkEvent e where e.id = a.eventId"
                                + " and e.networkId = :n and a.status = :attended group by a.organizationId",
                        Object[].class)
                .setParameter("n", networkId)
                .setParameter("attended", AttendanceStatus.ATTENDED)
                .getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
    }
}
