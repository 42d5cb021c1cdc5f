package city.circular.hub.network;

import city.circular.hub.common.ListQuery;
import city.circular.hub.common.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<NetworkEvent, UUID> {

    /** Filters of a network's schedule; {@code from}/{@code to} keep the events overlapping them. */
    public record Filter(EventKind kind, Instant from, Instant to) {}

    List<NetworkEvent> schedule(UUID networkId, Filter filter, PageRequest page) {
        ListQuery query = new ListQuery("NetworkEvent", "r.networkId = :networkId", Map.of("networkId", networkId))
                .where("r.kind = :kind", "kind", filter.kind())
                .where("r.endsAt > :from", "from", filter.from())
                .where("r.startsAt < :to", "to", filter.to())
                .after(
                        page.after(),
                        "r.startsAt",
                        page.after() == null ? null : page.after().instant(),
                        false);
        return find(query.orderedBy("r.startsAt", false), query.parameters())
                .range(0, page.limit())
                .list();
    }
}
