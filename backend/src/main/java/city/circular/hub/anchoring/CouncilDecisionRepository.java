package city.circular.hub.anchoring;

import city.circular.hub.common.ListQuery;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.TenantRepository;
import city.circular.hub.organization.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CouncilDecisionRepository implements TenantRepository<CouncilDecision> {

    record Filter(UUID organizationId, UUID strategyId, UUID projectId) {}

    /** One page (plus one item), the latest decision first, limited to what the scope lets the caller read. */
    List<CouncilDecision> search(AccessPolicy.Scope scope, Filter filter, PageRequest page) {
        ListQuery query = new ListQuery("CouncilDecision", scope.condition(), scope.parameters())
                .where("r.organizationId = :organizationId", "organizationId", filter.organizationId())
                .where("r.strategyId = :strategyId", "strategyId", filter.strategyId())
                .where("r.projectId = :projectId", "projectId", filter.projectId())
                .after(
                        page.after(),
                        "r.decidedOn",
                        page.after() == null ? null : page.after().date(),
                        true);
        return find(query.orderedBy("r.decidedOn", true), query.parameters())
                .range(0, page.limit())
                .list();
    }
}
