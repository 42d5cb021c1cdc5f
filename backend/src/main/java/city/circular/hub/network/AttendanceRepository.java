package city.circular.hub.network;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AttendanceRepository implements PanacheRepositoryBase<Attendance, UUID> {

    List<Attendance> ofEvent(UUID eventId) {
        return list("eventId", eventId);
    }

    Optional<Attendance> of(UUID eventId, UUID organizationId) {
        return find("eventId = ?1 and organizationId = ?2", eventId, organizationId)
                .firstResultOptional();
    }
}
