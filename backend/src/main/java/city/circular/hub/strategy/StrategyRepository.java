package city.circular.hub.strategy;

import city.circular.hub.common.PageRequest;
import city.circular.hub.organization.AccessPolicy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class StrategyRepository implements PanacheRepositoryBase<Strategy, UUID> {

    /** One page in (updatedAt desc, id desc) order, limited to what the scope lets the caller read. */
    List<Strategy> search(AccessPolicy.Scope scope, StrategyFilter filter, PageRequest page) {
        StringBuilder query = new StringBuilder("from Strategy r where ").append(scope.condition());
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        if (filter.organizationId() != null) {
            query.append(" and r.organizationId = :organizationId");
            parameters.put("organizationId", filter.organizationId());
        }
        if (filter.status() != null) {
            query.append(" and r.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.text() != null) {
            query.append(" and (lower(r.title) like :text escape '\\' or lower(r.summary) like :text escape '\\')");
            parameters.put("text", "%" + escapeLike(filter.text().toLowerCase()) + "%");
        }
        if (filter.updatedSince() != null) {
            query.append(" and r.updatedAt >= :updatedSince");
            parameters.put("updatedSince", filter.updatedSince());
        }
        if (page.after() != null) {
            query.append(" and (r.updatedAt < :afterAt or (r.updatedAt = :afterAt and r.id < :afterId))");
            parameters.put("afterAt", page.after().instant());
            parameters.put("afterId", page.after().id());
        }
        query.append(" order by r.updatedAt desc, r.id desc");
        return find(query.toString(), parameters).range(0, page.limit()).list();
    }

    boolean externalIdTaken(UUID organizationId, String externalId, UUID except) {
        return externalId != null
                && count(
                                "organizationId = ?1 and externalId = ?2 and id <> ?3",
                                organizationId,
                                externalId,
                                except == null ? new UUID(0, 0) : except)
                        > 0;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
