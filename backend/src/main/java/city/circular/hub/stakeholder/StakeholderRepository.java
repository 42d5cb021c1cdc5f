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

    /**
     * Locks the stakeholder's row until the transaction ends (SELECT ... FOR UPDATE), then loads it; null when there
     * is no such stakeholder. Deliberately FOR UPDATE rather than Hibernate's PESSIMISTIC_WRITE (FOR NO KEY UPDATE on
     * PostgreSQL): only FOR UPDATE conflicts with the FOR KEY SHARE lock that PostgreSQL takes on the stakeholder
     * when a row referring to it, such as a workshop participant, is inserted. So the lock waits for such an insert
     * to commit, and an insert that comes later waits for the lock and then fails on the foreign key (409).
     */
    Stakeholder findLockedForDeletion(UUID id) {
        getEntityManager()
                .createNativeQuery("select id from stakeholder where id = :id for update", UUID.class)
                .setParameter("id", id)
                .getResultList();
        return findById(id);
    }

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
