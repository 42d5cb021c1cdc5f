package city.circular.hub.fieldofaction;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FieldOfActionRepository implements PanacheRepositoryBase<CustomFieldOfAction, UUID> {

    List<CustomFieldOfAction> ofOrganizations(Collection<UUID> organizationIds) {
        return list("organizationId in ?1 order by name, id", organizationIds);
    }

    /**
     * The organization's own codes, their rows share-locked until the transaction ends (SELECT ... FOR SHARE): a
     * record written in the same transaction with one of them cannot be missed by a concurrent {@link #findLocked}
     * delete, which waits for this transaction and then counts the record.
     */
    List<String> codesOfLocked(UUID organizationId) {
        return find("organizationId = ?1", organizationId).withLock(LockModeType.PESSIMISTIC_READ).list().stream()
                .map(f -> f.code)
                .toList();
    }

    /** Those of the codes that are the organization's own, share-locked as in {@link #codesOfLocked}. */
    List<String> codesOfLocked(UUID organizationId, Collection<String> codes) {
        return find("organizationId = ?1 and code in ?2", organizationId, codes)
                .withLock(LockModeType.PESSIMISTIC_READ)
                .list()
                .stream()
                .map(f -> f.code)
                .toList();
    }

    /**
     * Loads the field and locks its row until the transaction ends (SELECT ... FOR NO KEY UPDATE), so that it waits
     * for transactions that share-locked the field to write records with its code, and those that come later wait
     * for it and then no longer find the field.
     */
    CustomFieldOfAction findLocked(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
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
