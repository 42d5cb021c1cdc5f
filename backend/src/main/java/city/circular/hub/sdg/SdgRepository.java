package city.circular.hub.sdg;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class SdgRepository implements PanacheRepositoryBase<SdgTarget, String> {

    List<SdgGoal> goals() {
        return getEntityManager()
                .createQuery("from SdgGoal g order by g.number", SdgGoal.class)
                .getResultList();
    }

    List<SdgTarget> targets() {
        return list("order by goalNumber, position");
    }

    Set<String> existing(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager()
                .createQuery("select t.code from SdgTarget t where t.code in :codes", String.class)
                .setParameter("codes", codes)
                .getResultList());
    }
}
