package city.circular.hub.common;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What repositories of tenant records share: the external id is unique per owning organization. */
public interface TenantRepository<T extends TenantRecord> extends PanacheRepositoryBase<T, UUID> {

    /**
     * Fails with 409 when another record of the organization has this external id. Call it before changing the
     * entity: the query would otherwise flush a half-applied change.
     */
    default void requireUniqueExternalId(UUID organizationId, String externalId, UUID except, String what) {
        String key = Strings.blankToNull(externalId);
        if (key == null) {
            return;
        }
        long taken = count(
                "organizationId = ?1 and externalId = ?2 and id <> ?3",
                organizationId,
                key,
                except == null ? new UUID(0, 0) : except);
        if (taken > 0) {
            throw new ApiException(
                    ProblemType.CONFLICT,
                    "Another " + what + " of this organization has the external id " + key + ".",
                    List.of(new FieldError("externalId", "is already used by another " + what)));
        }
    }

    /** The organization's record with this external id, for upserts by external id. */
    default Optional<UUID> idByExternalId(UUID organizationId, String externalId) {
        return find("organizationId = ?1 and externalId = ?2", organizationId, externalId)
                .firstResultOptional()
                .map(record -> record.id);
    }

    /**
     * The organization's records with these external ids, by external id, in one query; they are then loaded, so that
     * finding one by id asks the database nothing more.
     */
    default Map<String, T> byExternalIds(UUID organizationId, Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return Map.of();
        }
        Map<String, T> found = new HashMap<>();
        for (T record : list("organizationId = ?1 and externalId in ?2", organizationId, externalIds)) {
            found.put(record.externalId, record);
        }
        return found;
    }
}
