package city.circular.hub.workshop;

import city.circular.hub.common.ListQuery;
import city.circular.hub.common.PageRequest;
import city.circular.hub.organization.AccessPolicy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FollowUpRepository implements PanacheRepositoryBase<FollowUp, UUID> {

    /** Due before the date it is now on the workshop's clock (SQL function local_today, V23). */
    private static final String DUE_BEFORE_TODAY = "exists (select 1 from Workshop z where z.id = r.workshopId"
            + " and r.dueDate < function('local_today', z.timeZone))";

    /** Filters of the follow-up list across workshops; {@code overdue} null means both. */
    public record Filter(UUID organizationId, Boolean overdue) {}

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
    List<FollowUp> search(AccessPolicy.Scope workshopScope, Filter filter, PageRequest page) {
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
                .whereIf(Boolean.TRUE.equals(filter.overdue()), "r.done = false and " + DUE_BEFORE_TODAY)
                .whereIf(Boolean.FALSE.equals(filter.overdue()), "(r.done = true or not " + DUE_BEFORE_TODAY + ")")
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
