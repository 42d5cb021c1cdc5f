package city.circular.hub.organization;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.Caller;
import city.circular.hub.common.ProblemType;
import city.circular.hub.common.TenantRecord;
import city.circular.hub.common.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The one place that decides who reads and writes tenant records. Services load records only through it: a record
 * the caller may not read answers 404 (its existence is not revealed); one they may read but not change answers 403.
 */
@ApplicationScoped
public class AccessPolicy {

    /** Stands in for an empty id list, which SQL's IN cannot take. */
    private static final UUID NONE = new UUID(0, 0);

    private final CallerContext callers;

    public AccessPolicy(CallerContext callers) {
        this.callers = callers;
    }

    public Caller caller() {
        return callers.current();
    }

    public <T extends TenantRecord> T readable(T record, String what) {
        if (record == null || !caller().canRead(record.organizationId, record.visibility)) {
            throw ApiException.notFound(what);
        }
        return record;
    }

    /**
     * Whether the caller may read the record. Records shown inside another one (a project's parties, a workshop's
     * participants and facilitators, an analysis's ratings) are left out where this is false, so that a shared
     * record never reveals what its owner keeps private.
     */
    public boolean canRead(TenantRecord record) {
        return record != null && caller().canRead(record.organizationId, record.visibility);
    }

    /** The records the caller may read, in their order: the rule of {@link #canRead} applied to a list. */
    public <T extends TenantRecord> List<T> readableOnly(Collection<T> records) {
        Caller caller = caller();
        return records.stream()
                .filter(r -> caller.canRead(r.organizationId, r.visibility))
                .toList();
    }

    public <T extends TenantRecord> T writable(T record, String what) {
        readable(record, what);
        if (!caller().canWriteFor(record.organizationId)) {
            throw new ApiException(
                    ProblemType.FORBIDDEN, "You may read this " + what.toLowerCase() + " but not change it.");
        }
        return record;
    }

    /**
     * Organizations whose reference data (such as the fields of action they added) the caller reads: their own and
     * their network peers', so that shared records show their own vocabulary.
     */
    public Set<UUID> referenceDataScope() {
        Caller caller = caller();
        Set<UUID> organizations = new HashSet<>(caller.memberships().keySet());
        organizations.addAll(caller.networkPeers());
        return organizations;
    }

    /** Checks that the caller reads the organization's reference data: 404 if not. */
    public void readableReferenceData(UUID owner, String what) {
        if (!referenceDataScope().contains(owner)) {
            throw ApiException.notFound(what);
        }
    }

    /** Checks that the caller changes the organization's reference data: 404 if they cannot read it, else 403. */
    public void writableReferenceData(UUID owner, String what) {
        readableReferenceData(owner, what);
        if (!caller().canWriteFor(owner)) {
            throw new ApiException(
                    ProblemType.FORBIDDEN, "You may read this " + what.toLowerCase() + " but not change it.");
        }
    }

    /**
     * The organization a new record belongs to: the one asked for if the caller edits for it, else the only one the
     * caller edits for.
     */
    public UUID organizationForNewRecord(UUID requested) {
        Caller caller = caller();
        if (requested != null) {
            if (!caller.canWriteFor(requested)) {
                throw new ApiException(
                        ProblemType.FORBIDDEN, "You are not an editor of the organization " + requested + ".");
            }
            return requested;
        }
        List<UUID> editable = caller.memberships().entrySet().stream()
                .filter(e -> e.getValue().canWrite())
                .map(Map.Entry::getKey)
                .toList();
        if (editable.isEmpty()) {
            throw new ApiException(ProblemType.FORBIDDEN, "You are not an editor of any organization.");
        }
        if (editable.size() > 1) {
            throw ApiException.invalid("organizationId", "is required: you edit for more than one organization");
        }
        return editable.getFirst();
    }

    /** An HQL condition (on the alias {@code r}) that keeps the records the caller may read, with its parameters. */
    public Scope readScope() {
        return readScope("r");
    }

    /** The same condition on another alias, for queries that reach the tenant record through a child record. */
    public Scope readScope(String alias) {
        Caller caller = caller();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("memberOrgs", orNone(caller.memberships().keySet()));
        parameters.put("peerOrgs", orNone(caller.networkPeers()));
        parameters.put("publicVisibility", Visibility.PUBLIC);
        parameters.put("networkVisibility", Visibility.NETWORK);
        return new Scope(
                ("(%1$s.organizationId in :memberOrgs or %1$s.visibility = :publicVisibility"
                                + " or (%1$s.visibility = :networkVisibility and %1$s.organizationId in :peerOrgs))")
                        .formatted(alias),
                parameters);
    }

    private static Set<UUID> orNone(Set<UUID> ids) {
        return ids.isEmpty() ? Set.of(NONE) : ids;
    }

    public record Scope(String condition, Map<String, Object> parameters) {}
}
