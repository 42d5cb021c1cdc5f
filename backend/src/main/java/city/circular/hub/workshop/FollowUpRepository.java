package city.circular.hub.workshop;

import city.circular.hub.common.ListQuery;
import city.circular.hub.common.PageRequest;
import city.circular.hub.organization.AccessPolicy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FollowUpRepository implements PanacheRepositoryBase<FollowUp, UUID> {

    /** Filters of the follow-up list across workshops; {@code overdue} null means both. */
    record Filter(UUID organizationId, Boolean overdue) {}

    List<FollowUp> ofWorkshop(UUID workshopId) {
        return list("workshopId = ?1 order by dueDate, id", workshopId);
    }

    Optional<FollowUp> find(UUID workshopId, UUID followUpId) {
        return find("id = ?1 and workshopId = ?2", followUpId, workshopId).firstResultOptional();
    }

    /**
     * One page (plus one item) by due date, of workshops the caller may read. Follow-ups carry no owner or
     * visibility of their own, so the scope (on the alias {@code w}) applies to their workshop.
     */
    List<FollowUp> search(AccessPolicy.Scope workshopScope, Filter filter, LocalDate today, PageRequest page) {
        ListQuery query = new ListQuery(
                        "FollowUp",
                        "exists (select 1 from Workshop w where w.id = r.workshopId and " + workshopScope.condition()
                                + ")",
                        workshopScope.parameters())
                .where(
                        "exists (select 1 from Workshop o where o.id = r.workshopId"
                                + " and o.organizationId = :organizationId)",
                        "organizationId",
                        filter.organizationId())
                .where(
                        "r.done = false and r.dueDate < :today",
                        "today",
                        Boolean.TRUE.equals(filter.overdue()) ? today : null)
                .where(
                        "(r.done = true or r.dueDate >= :today)",
                        "today",
                        Boolean.FALSE.equals(filter.overdue()) ? today : null)
                .after(
                        page.after(),
                        "r.dueDate",
                        page.after() == null ? null : page.after().date(),
                        false);
        return find(query.orderedBy("r.dueDate", false), query.parameters())
                .range(0, page.limit())
                .list();
    }
}
