package city.circular.hub.network;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.FieldError;
import city.circular.hub.common.ListQuery;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.ProblemType;
import city.circular.hub.common.Visibility;
import city.circular.hub.organization.AccessPolicy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class NetworkRepository implements PanacheRepositoryBase<Network, UUID> {

    /** Filters of the network list; every one optional. {@code publicOnly} lists PUBLIC networks instead of mine. */
    public record Filter(NetworkKind kind, NetworkStatus status, boolean publicOnly) {}

    /** One page (plus one item) by name. */
    List<Network> search(AccessPolicy.Scope scope, Filter filter, PageRequest page) {
        ListQuery query = new ListQuery("Network", scope.condition(), scope.parameters())
                .where("r.kind = :kind", "kind", filter.kind())
                .where("r.status = :status", "status", filter.status())
                .where("r.visibility = :visibility", "visibility", filter.publicOnly() ? Visibility.PUBLIC : null)
                .after(
                        page.after(),
                        "r.name",
                        page.after() == null ? null : page.after().key(),
                        false);
        return find(query.orderedBy("r.name", false), query.parameters())
                .range(0, page.limit())
                .list();
    }

    void requireUniqueExternalId(UUID coordinator, String externalId, UUID except) {
        if (externalId == null) {
            return;
        }
        long taken = count(
                "coordinatorId = ?1 and externalId = ?2 and id <> ?3",
                coordinator,
                externalId,
                except == null ? new UUID(0, 0) : except);
        if (taken > 0) {
            throw new ApiException(
                    ProblemType.CONFLICT,
                    "Another network of this coordinator has the external id " + externalId + ".",
                    List.of(new FieldError("externalId", "is already used by another network")));
        }
    }
}
