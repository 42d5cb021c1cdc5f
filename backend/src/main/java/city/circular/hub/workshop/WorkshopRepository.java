package city.circular.hub.workshop;

import city.circular.hub.common.ListQuery;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.TenantRepository;
import city.circular.hub.organization.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class WorkshopRepository implements TenantRepository<Workshop> {

    /** Filters of the workshop list; every one is optional. {@code from}/{@code to} keep workshops overlapping them. */
    public record Filter(
            UUID organizationId, UUID strategyId, WorkshopStatus status, Instant from, Instant to, String text) {}

    /** One page (plus one item) in chronological order, limited to what the scope lets the caller read. */
    List<Workshop> search(AccessPolicy.Scope scope, Filter filter, PageRequest page) {
        ListQuery query = new ListQuery("Workshop", scope.condition(), scope.parameters())
                .where("r.organizationId = :organizationId", "organizationId", filter.organizationId())
                .where("r.strategyId = :strategyId", "strategyId", filter.strategyId())
                .where("r.status = :status", "status", filter.status())
                .where("r.endsAt > :from", "from", filter.from())
                .where("r.startsAt < :to", "to", filter.to())
                .matching(filter.text(), "r.title", "r.place", "r.minutes")
                .after(
                        page.after(),
                        "r.startsAt",
                        page.after() == null ? null : page.after().instant(),
                        false);
        return find(query.orderedBy("r.startsAt", false), query.parameters())
                .range(0, page.limit())
                .list();
    }

    /**
     * Loads the workshop and locks its row until the transaction ends (PESSIMISTIC_WRITE, on PostgreSQL SELECT ...
     * FOR NO KEY UPDATE: enough, as writers of the same workshop all take it), so that changes to
     * its participants happen one after the other and seat counts cannot race.
     */
    Workshop findLocked(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** What a list of a workshop's parts shows of it: its title, and its clock for their dates. */
    record Label(String title, ZoneId zone) {}

    Map<UUID, Label> labels(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery("select w.id, w.title, w.timeZone from Workshop w where w.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(
                        row -> (UUID) row[0], row -> new Label((String) row[1], ZoneId.of((String) row[2]))));
    }
}
