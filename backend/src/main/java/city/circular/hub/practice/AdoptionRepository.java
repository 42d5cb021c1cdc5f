package city.circular.hub.practice;

import city.circular.hub.common.ListQuery;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.TenantRepository;
import city.circular.hub.organization.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class AdoptionRepository implements TenantRepository<PracticeAdoption> {

    /** Adoptions of each practice, whoever adopted it: a count reveals no adopter. */
    Map<UUID, Long> countsOf(Collection<UUID> practiceIds) {
        if (practiceIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery(
                        "select a.practiceId, count(a) from PracticeAdoption a where a.practiceId in :ids"
                                + " group by a.practiceId",
                        Object[].class)
                .setParameter("ids", practiceIds)
                .getResultStream()
                .collect(Collectors.toMap(r -> (UUID) r[0], r -> (Long) r[1]));
    }

    /** The adoptions of a practice the caller may read, newest first. */
    List<PracticeAdoption> ofPractice(AccessPolicy.Scope scope, UUID practiceId, PageRequest page) {
        ListQuery query = new ListQuery("PracticeAdoption", scope.condition(), scope.parameters())
                .where("r.practiceId = :practiceId", "practiceId", practiceId)
                .after(
                        page.after(),
                        "r.createdAt",
                        page.after() == null ? null : page.after().instant(),
                        true);
        return find(query.orderedBy("r.createdAt", true), query.parameters())
                .range(0, page.limit())
                .list();
    }
}
