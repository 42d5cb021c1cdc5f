package city.circular.hub.workshop;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AgendaRepository implements PanacheRepositoryBase<AgendaItem, UUID> {

    List<AgendaItem> ofWorkshop(UUID workshopId) {
        return list("workshopId = ?1 order by position", workshopId);
    }

    long plannedMinutes(UUID workshopId) {
        Long minutes = getEntityManager()
                .createQuery("select sum(a.durationMinutes) from AgendaItem a where a.workshopId = :w", Long.class)
                .setParameter("w", workshopId)
                .getSingleResult();
        return minutes == null ? 0 : minutes;
    }

    /** A bulk delete runs at once, so the new rows never meet the old ones' (workshop, position) keys. */
    void replace(UUID workshopId, List<AgendaItem> items) {
        delete("workshopId", workshopId);
        persist(items);
    }
}
