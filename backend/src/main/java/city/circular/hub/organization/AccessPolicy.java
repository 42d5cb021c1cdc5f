package city.circular.hub.organization;

import city.circular.hub.change.ChangeStamp;
import city.circular.hub.common.ApiException;
import city.circular.hub.common.Caller;
import city.circular.hub.common.ProblemType;
import city.circular.hub.common.Role;
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
    private final ChangeStamp changes;
    private final OrganizationRepository organizations;

    public AccessPolicy(CallerContext callers, ChangeStamp changes, OrganizationRepository organizations) {
        this.callers = callers;
        this.changes = changes;
        this.organizations = organizations;
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
        stampChanges();
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
        stampChanges();
    }

    /** Checks that the caller administers the organization: 404 if they are not a member, else 403. */
    public void administers(UUID organizationId, String what) {
        Role role = caller().memberships().get(organizationId);
        if (role == null) {
            throw ApiException.notFound(what);
        }
        if (role != Role.ADMIN) {
            throw new ApiException(ProblemType.FORBIDDEN, "Only the organization's admins may read its " + what + ".");
        }
    }

    /** Every write passes here: the change records of this transaction name the caller and the request. */
    private void stampChanges() {
        changes.stamp(caller().username());
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
            stampChanges();
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
        stampChanges();
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

    /**
     * The same rule in SQL, for tables that carry an owner and a visibility column of their own (the change record
     * keeps the owner and visibility a record had at each change).
     */
    public Scope nativeReadScope(String ownerColumn, String visibilityColumn) {
        Caller caller = caller();
        return nativeScope(caller.memberships().keySet(), caller.networkPeers(), ownerColumn, visibilityColumn);
    }

    /** The SQL rule for what an organization's members read, for work done on its behalf (webhook deliveries). */
    public Scope nativeReadScopeOf(UUID organization, String ownerColumn, String visibilityColumn) {
        return nativeScope(
                Set.of(organization),
                organizations.networkPeersOf(Set.of(organization)),
                ownerColumn,
                visibilityColumn);
    }

    /**
     * The part of the SQL rule that keeps the caller's own organizations' records (read whatever their visibility),
     * for queries that read those apart from the shared ones, so that each part pages along an index of its own.
     */
    public Scope nativeOwnScope(String ownerColumn) {
        return ownScope(caller().memberships().keySet(), ownerColumn);
    }

    /** The same part for an organization's members, for work done on its behalf (webhook deliveries). */
    public Scope nativeOwnScopeOf(UUID organization, String ownerColumn) {
        return ownScope(Set.of(organization), ownerColumn);
    }

    private static Scope ownScope(Set<UUID> members, String ownerColumn) {
        return new Scope(ownerColumn + " in (:ownOrgs)", Map.of("ownOrgs", orNone(members)));
    }

    private static Scope nativeScope(Set<UUID> members, Set<UUID> peers, String ownerColumn, String visibilityColumn) {
        return new Scope(
                ("(%1$s in (:memberOrgs) or %2$s = 'PUBLIC' or (%2$s = 'NETWORK' and %1$s in (:peerOrgs)))")
                        .formatted(ownerColumn, visibilityColumn),
                Map.of("memberOrgs", orNone(members), "peerOrgs", orNone(peers)));
    }

    /**
     * The same condition for native queries (such as text search) on a table with the tenant columns
     * {@code organization_id} and {@code visibility} under an alias.
     */
    public Scope nativeReadScope(String alias) {
        return nativeReadScope(alias + ".organization_id", alias + ".visibility");
    }

    /**
     * Checks that the caller reads a network: members of its coordinator or of an organization taking part in it
     * (accepted, invited or asking to join), platform administrators, and anyone for a PUBLIC network. 404 if not.
     */
    public void readableNetwork(NetworkParties network, String what) {
        Caller caller = caller();
        boolean reads = caller.platformAdmin()
                || network.visibility() == Visibility.PUBLIC
                || caller.isMemberOf(network.coordinator())
                || network.accepted().stream().anyMatch(caller::isMemberOf)
                || network.pending().stream().anyMatch(caller::isMemberOf);
        if (!reads) {
            throw ApiException.notFound(what);
        }
    }

    /** Checks that the caller administers a network (its coordinator's admins, platform administrators), else 403. */
    public void administrableNetwork(NetworkParties network, String what) {
        readableNetwork(network, what);
        if (!administersNetwork(network)) {
            throw new ApiException(
                    ProblemType.FORBIDDEN, "Only the network's coordinator administers this " + lower(what) + ".");
        }
    }

    public boolean administersNetwork(NetworkParties network) {
        Caller caller = caller();
        return caller.platformAdmin() || caller.isAdminOf(network.coordinator());
    }

    /**
     * Checks that the caller reads what happens inside a network (its events, attendance and reports): members of
     * its coordinator and of accepted members, and platform administrators. 404 for everybody else, invited
     * organizations included, which read the network itself only to decide.
     */
    public void readableNetworkContent(NetworkParties network, String what) {
        Caller caller = caller();
        boolean reads = caller.platformAdmin()
                || caller.isMemberOf(network.coordinator())
                || network.accepted().stream().anyMatch(caller::isMemberOf);
        if (!reads) {
            throw ApiException.notFound(what);
        }
    }

    /** Checks that the caller plans a network's events: the coordinator's editors and platform administrators. */
    public void plannableNetworkContent(NetworkParties network, String what) {
        readableNetworkContent(network, what);
        Caller caller = caller();
        if (!caller.platformAdmin() && !caller.canWriteFor(network.coordinator())) {
            throw new ApiException(
                    ProblemType.FORBIDDEN, "Only the network's coordinator plans this " + lower(what) + ".");
        }
    }

    /**
     * Checks that the caller writes for an accepted member of the network on its own behalf (attendance, reports):
     * 404 if they cannot read the network's content, 403 if they do not edit for that member.
     */
    public void writableForNetworkMember(NetworkParties network, UUID member, String what) {
        readableNetworkContent(network, what);
        Caller caller = caller();
        boolean coordinates = caller.platformAdmin() || caller.canWriteFor(network.coordinator());
        if (!caller.canWriteFor(member) && !coordinates) {
            throw new ApiException(
                    ProblemType.FORBIDDEN, "You do not edit for this member organization's " + lower(what) + ".");
        }
    }

    /**
     * Checks that the caller writes for an accepted member of the network themselves (status reports): 404 if they
     * cannot read the network's content, 403 if they do not edit for that member; the coordinator does not write
     * for its members here.
     */
    public void writableAsNetworkMember(NetworkParties network, UUID member, String what) {
        readableNetworkContent(network, what);
        if (!caller().canWriteFor(member)) {
            throw new ApiException(
                    ProblemType.FORBIDDEN, "Only the member organization's editors write its " + lower(what) + ".");
        }
    }

    /**
     * An HQL condition on a network (alias {@code r}) that keeps the networks the caller belongs to: coordinated by
     * one of their organizations or with an open membership of one (its statuses given by the network feature);
     * every network for platform administrators.
     */
    public Scope myNetworksScope(Collection<? extends Enum<?>> openMemberships) {
        Caller caller = caller();
        if (caller.platformAdmin()) {
            return new Scope("1 = 1", Map.of());
        }
        return new Scope(
                "(r.coordinatorId in :memberOrgs or exists (select 1 from NetworkMember m where m.networkId = r.id"
                        + " and m.organizationId in :memberOrgs and m.status in :openMemberships))",
                Map.of("memberOrgs", orNone(caller.memberships().keySet()), "openMemberships", openMemberships));
    }

    private static String lower(String what) {
        return what.toLowerCase();
    }

    /**
     * A network's parties as its memberships say: the coordinator, accepted members and organizations invited or
     * asking to join.
     */
    public record NetworkParties(UUID coordinator, Visibility visibility, Set<UUID> accepted, Set<UUID> pending) {}

    private static Set<UUID> orNone(Set<UUID> ids) {
        return ids.isEmpty() ? Set.of(NONE) : ids;
    }

    public record Scope(String condition, Map<String, Object> parameters) {}
}
