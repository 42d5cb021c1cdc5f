package city.circular.hub.strategy;

import city.circular.hub.common.ListQuery;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.TenantRepository;
import city.circular.hub.organization.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class StrategyRepository implements TenantRepository<Strategy> {

    /** One page (plus one item) in (updatedAt desc, id desc) order, limited to what the scope lets the caller read. */
    List<Strategy> search(AccessPolicy.Scope scope, StrategyFilter filter, PageRequest page) {
        ListQuery query = new ListQuery("Strategy", scope.condition(), scope.parameters())
                .where("r.organizationId = :organizationId", "organizationId", filter.organizationId())
                .where("r.status = :status", "status", filter.status())
                .matching(filter.text(), "r.title", "r.summary")
                .where("r.updatedAt >= :updatedSince", "updatedSince", filter.updatedSince())
                .after(
                        page.after(),
                        "r.updatedAt",
                        page.after() == null ? null : page.after().instant(),
                        true);
        return find(query.orderedBy("r.updatedAt", true), query.parameters())
                .range(0, page.limit())
                .list();
    }
}
