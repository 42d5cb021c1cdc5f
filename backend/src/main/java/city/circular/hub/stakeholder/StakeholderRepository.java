package city.circular.hub.stakeholder;

import city.circular.hub.common.ListQuery;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.TenantRepository;
import city.circular.hub.organization.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StakeholderRepository implements TenantRepository<Stakeholder> {

    record Filter(UUID organizationId, Sector sector, String fieldOfAction, String text) {}

    /** One page (plus one item) by name, limited to what the scope lets the caller read. */
    List<Stakeholder> search(AccessPolicy.Scope scope, Filter filter, PageRequest page) {
        ListQuery query = new ListQuery("Stakeholder", scope.condition(), scope.parameters())
                .where("r.organizationId = :organizationId", "organizationId", filter.organizationId())
                .where("r.sector = :sector", "sector", filter.sector())
                .where("array_contains(r.fieldsOfAction, :fieldOfAction)", "fieldOfAction", filter.fieldOfAction())
                .matching(filter.text(), "r.name", "r.description")
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
