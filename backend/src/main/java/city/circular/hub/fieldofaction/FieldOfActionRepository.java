package city.circular.hub.fieldofaction;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FieldOfActionRepository implements PanacheRepositoryBase<CustomFieldOfAction, UUID> {

    List<CustomFieldOfAction> ofOrganizations(Collection<UUID> organizationIds) {
        return list("organizationId in ?1 order by name, id", organizationIds);
    }

    List<String> codesOf(UUID organizationId) {
        return getEntityManager()
                .createQuery("select f.code from CustomFieldOfAction f where f.organizationId = :o", String.class)
                .setParameter("o", organizationId)
                .getResultList();
    }

    boolean codeTaken(UUID organizationId, String code) {
        return count("organizationId = ?1 and code = ?2", organizationId, code) > 0;
    }

    /** How many of the organization's stakeholders use the code. */
    long stakeholdersUsing(UUID organizationId, String code) {
        return countUsing("Stakeholder", organizationId, code);
    }

    /** How many of the organization's starter projects use the code. */
    long projectsUsing(UUID organizationId, String code) {
        return countUsing("StarterProject", organizationId, code);
    }

    private long countUsing(String entity, UUID organizationId, String code) {
        return getEntityManager()
                .createQuery(
                        "select count(r) from " + entity
                                + " r where r.organizationId = :o and array_contains(r.fieldsOfAction, :c)",
                        Long.class)
                .setParameter("o", organizationId)
                .setParameter("c", code)
                .getSingleResult();
    }
}
