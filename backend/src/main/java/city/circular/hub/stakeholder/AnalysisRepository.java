package city.circular.hub.stakeholder;

import city.circular.hub.common.ListQuery;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.TenantRepository;
import city.circular.hub.organization.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AnalysisRepository implements TenantRepository<StakeholderAnalysis> {

    record Filter(UUID organizationId, UUID strategyId) {}

    List<StakeholderAnalysis> search(AccessPolicy.Scope scope, Filter filter, PageRequest page) {
        ListQuery query = new ListQuery("StakeholderAnalysis", scope.condition(), scope.parameters())
                .where("r.organizationId = :organizationId", "organizationId", filter.organizationId())
                .where("r.strategyId = :strategyId", "strategyId", filter.strategyId())
                .after(
                        page.after(),
                        "r.updatedAt",
                        page.after() == null ? null : page.after().instant(),
                        true);
        return find(query.orderedBy("r.updatedAt", true), query.parameters())
                .range(0, page.limit())
                .list();
    }

    /** The strategy's analyses in the order they were carried out (undated ones by creation, last). */
    List<StakeholderAnalysis> ofStrategyChronologically(UUID strategyId) {
        return list("strategyId = ?1 order by conductedOn asc nulls last, createdAt asc, id asc", strategyId);
    }
}
