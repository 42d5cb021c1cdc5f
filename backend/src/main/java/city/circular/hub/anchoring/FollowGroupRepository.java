package city.circular.hub.anchoring;

import city.circular.hub.common.ListQuery;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.TenantRepository;
import city.circular.hub.organization.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FollowGroupRepository implements TenantRepository<FollowGroup> {

    /** One page (plus one item) by name, limited to what the scope lets the caller read. */
    List<FollowGroup> search(AccessPolicy.Scope scope, UUID organizationId, PageRequest page) {
        ListQuery query = new ListQuery("FollowGroup", scope.condition(), scope.parameters())
                .where("r.organizationId = :organizationId", "organizationId", organizationId)
                .after(
                        page.after(),
                        "r.name",
                        page.after() == null ? null : page.after().key(),
                        false);
        return find(query.orderedBy("r.name", false), query.parameters())
                .range(0, page.limit())
                .list();
    }
}
