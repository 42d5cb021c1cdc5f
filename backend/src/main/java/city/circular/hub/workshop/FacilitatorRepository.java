package city.circular.hub.workshop;

import city.circular.hub.stakeholder.Stakeholder;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FacilitatorRepository implements PanacheRepositoryBase<Facilitator, UUID> {

    /** A facilitator with the stakeholder it names, if any. */
    record Row(Facilitator facilitator, Stakeholder stakeholder) {}

    /** The workshop's facilitators in order, with their stakeholders, in one statement. */
    List<Row> withStakeholders(UUID workshopId) {
        return getEntityManager()
                .createQuery(
                        "select f, s from Facilitator f left join Stakeholder s on s.id = f.stakeholderId"
                                + " where f.workshopId = :w order by f.position",
                        Object[].class)
                .setParameter("w", workshopId)
                .getResultStream()
                .map(row -> new Row((Facilitator) row[0], (Stakeholder) row[1]))
                .toList();
    }

    List<Facilitator> ofWorkshop(UUID workshopId) {
        return list("workshopId = ?1 order by position", workshopId);
    }

    /** A bulk delete runs at once, so the new rows never meet the old ones' (workshop, position) keys. */
    void replace(UUID workshopId, List<Facilitator> facilitators) {
        delete("workshopId", workshopId);
        persist(facilitators);
    }
}
