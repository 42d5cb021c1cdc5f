package city.circular.hub.network;

import static city.circular.hub.common.Strings.blankToNull;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.AuditedRecord;
import city.circular.hub.common.Caller;
import city.circular.hub.common.Cursor;
import city.circular.hub.common.Dirty;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.ProblemType;
import city.circular.hub.common.Role;
import city.circular.hub.common.Slice;
import city.circular.hub.common.Versions;
import city.circular.hub.common.Visibility;
import city.circular.hub.fieldofaction.FieldOfActionService;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.organization.AccessPolicy.NetworkParties;
import city.circular.hub.organization.Organization;
import city.circular.hub.organization.OrganizationKind;
import city.circular.hub.organization.OrganizationService;
import city.circular.hub.organization.WriteCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Networks and their memberships. Membership is consent: the coordinator invites and the organization's admin
 * decides, or the organization's admin asks and the coordinator decides. Every network is checked through the access
 * policy with its parties as its memberships say.
 */
@ApplicationScoped
public class NetworkService implements WriteCheck {

    static final String WHAT = "Network";
    static final String MEMBERSHIP = "Membership";
    /** Network dates are meant in the members' time zone, as the dates of workshops are. */
    private final NetworkRepository networks;

    private final MemberRepository members;
    private final OrganizationService organizations;
    private final FieldOfActionService fieldsOfAction;
    private final AccessPolicy access;

    public NetworkService(
            NetworkRepository networks,
            MemberRepository members,
            OrganizationService organizations,
            FieldOfActionService fieldsOfAction,
            AccessPolicy access) {
        this.networks = networks;
        this.members = members;
        this.organizations = organizations;
        this.fieldsOfAction = fieldsOfAction;
        this.access = access;
    }

    @Override
    public void checkWritable(UUID id) {
        administrable(id);
    }

    public NetworkPage list(NetworkRepository.Filter filter, PageRequest page) {
        AccessPolicy.Scope scope = filter.publicOnly()
                ? new AccessPolicy.Scope("1 = 1", Map.of())
                : access.myNetworksScope(MembershipStatus.OPEN);
        Slice<Network> slice =
                Slice.of(networks.search(scope, filter, page.plusOne()), page.limit(), n -> new Cursor(n.name, n.id));
        List<UUID> ids = slice.map(n -> n.id);
        Map<UUID, Long> counts = members.acceptedCounts(ids);
        Map<UUID, Organization> coordinators = organizationsById(slice.map(n -> n.coordinatorId));
        return new NetworkPage(
                slice.map(n -> view(n, coordinators.get(n.coordinatorId), counts.getOrDefault(n.id, 0L))),
                slice.next());
    }

    public NetworkView get(UUID id) {
        return view(readable(id));
    }

    @Transactional
    public NetworkView create(NetworkInput input) {
        Organization coordinator = coordinatorForNewNetwork(input.coordinatorId());
        String externalId = blankToNull(input.externalId());
        networks.requireUniqueExternalId(coordinator.id, externalId, null);
        fieldsOfAction.requireUsable(coordinator.id, input.fieldsOfAction());
        String by = access.caller().username();
        Network network = new Network();
        network.created(by);
        network.coordinatorId = coordinator.id;
        apply(input, network);
        networks.persist(network);
        NetworkMember own = new NetworkMember();
        own.created(by);
        own.networkId = network.id;
        own.organizationId = coordinator.id;
        own.role = MemberRole.COORDINATOR;
        own.status = MembershipStatus.ACCEPTED;
        own.joinedOn = LocalDate.now(coordinator.zone());
        members.persist(own);
        networks.flush();
        organizations.membershipsChanged("network created");
        return view(network);
    }

    @Transactional
    public NetworkView update(UUID id, String ifMatch, NetworkInput input) {
        Network network = administrable(id);
        Versions.requireMatch(ifMatch, network.version);
        String externalId = blankToNull(input.externalId());
        networks.requireUniqueExternalId(network.coordinatorId, externalId, id);
        fieldsOfAction.requireUsable(network.coordinatorId, input.fieldsOfAction());
        apply(input, network);
        network.touched(access.caller().username());
        networks.flush();
        return view(network);
    }

    /** Deletes the network with its memberships, events, attendance and reports. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Network network = administrable(id);
        Versions.requireMatch(ifMatch, network.version);
        networks.delete(network);
        networks.flush();
        organizations.membershipsChanged("network deleted");
    }

    /** The network's memberships, the ended ones only when asked for by status. */
    public MemberList members(UUID networkId, MembershipStatus status) {
        Network network = readable(networkId);
        List<NetworkMember> all = members.ofNetwork(network.id).stream()
                .filter(m -> status == null ? m.status.isOpen() : m.status == status)
                .toList();
        Map<UUID, Organization> orgs =
                organizationsById(all.stream().map(m -> m.organizationId).toList());
        return new MemberList(all.stream()
                .map(m -> memberView(m, network, orgs.get(m.organizationId)))
                .sorted(Comparator.comparing((MemberView m) -> m.organization().name())
                        .thenComparing(MemberView::id))
                .toList());
    }

    public MemberView member(UUID networkId, UUID memberId) {
        Network network = readable(networkId);
        return memberView(memberOf(network, members.findById(memberId)), network);
    }

    /**
     * The coordinator's admin invites an organization; an organization's admin asks to join. Either way the other
     * side decides. One open membership per organization and network (409 otherwise).
     */
    @Transactional
    public MemberView join(UUID networkId, MemberInput input) {
        Network network = networks.findById(networkId);
        NetworkParties parties = partiesOf(network);
        access.readableNetwork(parties, WHAT);
        Caller caller = access.caller();
        MembershipStatus status;
        if (access.administersNetwork(parties)) {
            status = MembershipStatus.INVITED;
        } else if (caller.isAdminOf(input.organizationId())) {
            status = MembershipStatus.REQUESTED;
        } else {
            throw new ApiException(
                    ProblemType.FORBIDDEN,
                    "Only the network's coordinator invites organizations, and only an organization's admin asks to"
                            + " join for it.");
        }
        Organization organization = organizationFor(input.organizationId());
        if (members.open(network.id, organization.id).isPresent()) {
            throw new ApiException(
                    ProblemType.CONFLICT,
                    organization.name + " is already invited to, asking to join or a member of this network.");
        }
        NetworkMember member = new NetworkMember();
        member.created(caller.username());
        member.networkId = network.id;
        member.organizationId = organization.id;
        member.role = input.role() == null ? MemberRole.MEMBER_MUNICIPALITY : input.role();
        member.status = status;
        member.note = blankToNull(input.note());
        members.persist(member);
        members.flush();
        return memberView(member, network, organization);
    }

    @Transactional
    public MemberView updateMember(UUID networkId, UUID memberId, String ifMatch, MemberUpdate input) {
        Network network = administrable(networkId);
        NetworkMember member = memberOf(network, members.findLocked(memberId));
        Versions.requireMatch(ifMatch, member.version);
        member.role = input.role();
        member.note = blankToNull(input.note());
        member.touched(access.caller().username());
        members.flush();
        return memberView(member, network);
    }

    /**
     * The member organization's own admin consents to, or withdraws, counting all its records in the network's
     * dashboard as aggregates. Nobody else decides for it, not the coordinator nor a platform admin (403); only an
     * accepted membership consents (422). Withdrawing takes effect with this request.
     */
    @Transactional
    public MemberView decideAggregates(UUID networkId, UUID memberId, String ifMatch, boolean consent) {
        Network network = readable(networkId);
        NetworkMember member = memberOf(network, members.findLocked(memberId));
        Caller caller = access.caller();
        if (!caller.isAdminOf(member.organizationId)) {
            throw new ApiException(
                    ProblemType.FORBIDDEN,
                    "Only the member organization's admin decides whether its aggregates are shared.");
        }
        Versions.requireMatch(ifMatch, member.version);
        if (consent && !member.isAccepted()) {
            throw ApiException.rule("The membership is " + member.status + ": only a member shares aggregates.");
        }
        if (member.sharesAggregates != consent) {
            member.sharesAggregates = consent;
            member.aggregatesDecidedAt = AuditedRecord.now();
            member.aggregatesDecidedBy = caller.username();
            member.touched(caller.username());
            members.flush();
        }
        return memberView(member, network);
    }

    /** The side that did not start a membership accepts it: the invited organization, or the coordinator. */
    @Transactional
    public MemberView accept(UUID networkId, UUID memberId) {
        return decide(networkId, memberId, MembershipStatus.ACCEPTED);
    }

    @Transactional
    public MemberView decline(UUID networkId, UUID memberId) {
        return decide(networkId, memberId, MembershipStatus.DECLINED);
    }

    /** The member's admin ends an accepted membership (or withdraws a request) at once. */
    @Transactional
    public MemberView leave(UUID networkId, UUID memberId) {
        Network network = readable(networkId);
        NetworkMember member = memberOf(network, members.findLocked(memberId));
        if (!access.caller().isAdminOf(member.organizationId)) {
            throw new ApiException(ProblemType.FORBIDDEN, "Only the member organization's admin leaves for it.");
        }
        if (member.status != MembershipStatus.ACCEPTED && member.status != MembershipStatus.REQUESTED) {
            throw ApiException.rule("The membership is " + member.status + ": only a member or a request can leave.");
        }
        end(network, member, MembershipStatus.LEFT);
        return memberView(member, network);
    }

    /** The coordinator ends a membership, or withdraws an invitation, at once. */
    @Transactional
    public MemberView remove(UUID networkId, UUID memberId) {
        Network network = administrable(networkId);
        NetworkMember member = memberOf(network, members.findLocked(memberId));
        if (!member.status.isOpen()) {
            throw ApiException.rule("The membership is " + member.status + " already.");
        }
        end(network, member, MembershipStatus.REMOVED);
        return memberView(member, network);
    }

    /**
     * Memberships awaiting the caller's decision: invitations to organizations they administer and requests to join
     * networks their organizations coordinate (as admins).
     */
    public MemberList awaitingDecision() {
        Caller caller = access.caller();
        Set<UUID> administered = caller.memberships().entrySet().stream()
                .filter(e -> e.getValue() == Role.ADMIN)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        if (administered.isEmpty()) {
            return new MemberList(List.of());
        }
        List<NetworkMember> awaiting = members.awaiting(administered, administered);
        List<UUID> networkIds =
                awaiting.stream().map(m -> m.networkId).distinct().toList();
        Map<UUID, Network> byId = networkIds.isEmpty()
                ? Map.of()
                : networks.list("id in ?1", networkIds).stream()
                        .collect(Collectors.toMap(n -> n.id, Function.identity()));
        Map<UUID, Organization> orgs =
                organizationsById(awaiting.stream().map(m -> m.organizationId).toList());
        return new MemberList(awaiting.stream()
                .map(m -> memberView(m, byId.get(m.networkId), orgs.get(m.organizationId)))
                .toList());
    }

    /** The network's parties, for the features inside a network (events, reports) to check access with. */
    NetworkParties parties(UUID networkId) {
        Network network = networks.findById(networkId);
        if (network == null) {
            throw ApiException.notFound(WHAT);
        }
        return partiesOf(network);
    }

    /** A network with its accepted memberships, read once, for those who read its content. */
    record Content(NetworkView network, List<NetworkMember> accepted) {}

    /** The network and its accepted memberships if the caller reads its content (coordinator and members). */
    Content content(UUID networkId) {
        Network network = networks.findById(networkId);
        if (network == null) {
            throw ApiException.notFound(WHAT);
        }
        List<NetworkMember> open = members.openOf(List.of(network.id));
        access.readableNetworkContent(partiesOf(network, open), WHAT);
        List<NetworkMember> accepted =
                open.stream().filter(NetworkMember::isAccepted).toList();
        return new Content(view(network, organizations.get(network.coordinatorId), accepted.size()), accepted);
    }

    /** Accepted memberships of the network: those who attend its events and report. */
    List<NetworkMember> accepted(UUID networkId) {
        return members.list("networkId = ?1 and status = ?2", networkId, MembershipStatus.ACCEPTED);
    }

    /** Networks' names by id, for views inside the feature that name the network of a record. */
    Map<UUID, String> namesById(Collection<UUID> ids) {
        return ids.isEmpty()
                ? Map.of()
                : networks.list("id in ?1", ids).stream().collect(Collectors.toMap(n -> n.id, n -> n.name));
    }

    Map<UUID, Organization> organizationsById(Collection<UUID> ids) {
        return organizations.byIds(new HashSet<>(ids)).stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
    }

    private MemberView decide(UUID networkId, UUID memberId, MembershipStatus decision) {
        Network network = readable(networkId);
        NetworkParties parties = partiesOf(network);
        NetworkMember member = memberOf(network, members.findLocked(memberId));
        Caller caller = access.caller();
        switch (member.status) {
            case INVITED -> {
                if (!caller.isAdminOf(member.organizationId)) {
                    throw new ApiException(
                            ProblemType.FORBIDDEN, "Only the invited organization's admin decides on an invitation.");
                }
            }
            case REQUESTED -> {
                if (!access.administersNetwork(parties)) {
                    throw new ApiException(
                            ProblemType.FORBIDDEN, "Only the network's coordinator decides on a request to join.");
                }
            }
            default ->
                throw ApiException.rule("The membership is " + member.status
                        + ": only an open invitation or request can be accepted or declined.");
        }
        member.status = decision;
        if (decision == MembershipStatus.ACCEPTED) {
            member.joinedOn = todayOf(member);
        }
        member.touched(caller.username());
        members.flush();
        organizations.membershipsChanged("membership " + decision);
        return memberView(member, network);
    }

    private void end(Network network, NetworkMember member, MembershipStatus how) {
        if (member.organizationId.equals(network.coordinatorId)) {
            throw ApiException.rule("The coordinator's own membership ends only with the network.");
        }
        String by = access.caller().username();
        member.status = how;
        member.leftOn = todayOf(member);
        if (member.sharesAggregates) {
            member.sharesAggregates = false;
            member.aggregatesDecidedAt = AuditedRecord.now();
            member.aggregatesDecidedBy = by;
        }
        member.touched(by);
        members.flush();
        organizations.membershipsChanged("membership " + how);
    }

    private Network readable(UUID id) {
        Network network = networks.findById(id);
        access.readableNetwork(partiesOf(network), WHAT);
        return network;
    }

    private Network administrable(UUID id) {
        Network network = networks.findById(id);
        access.administrableNetwork(partiesOf(network), WHAT);
        return network;
    }

    private NetworkParties partiesOf(Network network) {
        if (network == null) {
            throw ApiException.notFound(WHAT);
        }
        return partiesOf(network, members.openOf(List.of(network.id)));
    }

    private static NetworkParties partiesOf(Network network, List<NetworkMember> open) {
        Set<UUID> accepted = open.stream()
                .filter(NetworkMember::isAccepted)
                .map(m -> m.organizationId)
                .collect(Collectors.toSet());
        Set<UUID> pending = open.stream()
                .filter(m -> !m.isAccepted())
                .map(m -> m.organizationId)
                .collect(Collectors.toSet());
        return new NetworkParties(network.coordinatorId, network.visibility, accepted, pending);
    }

    private static NetworkMember memberOf(Network network, NetworkMember member) {
        if (member == null || !member.networkId.equals(network.id)) {
            throw ApiException.notFound(MEMBERSHIP);
        }
        return member;
    }

    private Organization coordinatorForNewNetwork(UUID requested) {
        Caller caller = access.caller();
        UUID id = requested;
        if (id == null) {
            List<UUID> administered = caller.memberships().entrySet().stream()
                    .filter(e -> e.getValue() == Role.ADMIN)
                    .map(Map.Entry::getKey)
                    .toList();
            List<Organization> candidates = organizations.byIds(administered).stream()
                    .filter(o -> o.kind == OrganizationKind.NETWORK_COORDINATOR)
                    .toList();
            if (candidates.size() != 1) {
                if (candidates.isEmpty() && !caller.platformAdmin()) {
                    throw new ApiException(
                            ProblemType.FORBIDDEN, "Only admins of a network coordinator create networks.");
                }
                throw ApiException.invalid("coordinatorId", "is required: name the coordinating organization");
            }
            return candidates.getFirst();
        }
        if (!caller.platformAdmin() && !caller.isAdminOf(id)) {
            throw new ApiException(ProblemType.FORBIDDEN, "You are not an admin of the organization " + id + ".");
        }
        Organization coordinator = organizationFor(id, "coordinatorId");
        if (coordinator.kind != OrganizationKind.NETWORK_COORDINATOR) {
            throw ApiException.rule(
                    "Only an organization of kind NETWORK_COORDINATOR coordinates a network.",
                    "coordinatorId",
                    "is not a network coordinator");
        }
        return coordinator;
    }

    private Organization organizationFor(UUID id) {
        return organizationFor(id, "organizationId");
    }

    private Organization organizationFor(UUID id, String field) {
        List<Organization> found = organizations.byIds(List.of(id));
        if (found.isEmpty()) {
            throw ApiException.rule("There is no organization " + id + ".", field, "is not a known organization");
        }
        return found.getFirst();
    }

    private static void apply(NetworkInput input, Network n) {
        n.name = input.name().strip();
        n.kind = input.kind();
        n.description = blankToNull(input.description());
        n.fieldsOfAction = input.fieldsOfAction() == null
                ? new ArrayList<>()
                : new ArrayList<>(input.fieldsOfAction().stream()
                        .map(String::strip)
                        .distinct()
                        .toList());
        n.periodFrom = input.periodFrom();
        n.periodTo = input.periodTo();
        n.funder = blankToNull(input.funder());
        n.fundingLine = blankToNull(input.fundingLine());
        n.budget = Dirty.sameAmount(n.budget, input.budget());
        n.currency = input.budget() == null ? blankToNull(input.currency()) : input.currency();
        n.links = input.links() == null
                ? new ArrayList<>()
                : new ArrayList<>(input.links().stream().map(Link::stripped).toList());
        n.status = input.status() == null ? NetworkStatus.ACTIVE : input.status();
        n.visibility = input.visibility() == null ? Visibility.PRIVATE : input.visibility();
        n.externalId = blankToNull(input.externalId());
    }

    private NetworkView view(Network n) {
        Organization coordinator = organizations.get(n.coordinatorId);
        return view(n, coordinator, members.acceptedCounts(List.of(n.id)).getOrDefault(n.id, 0L));
    }

    private static NetworkView view(Network n, Organization coordinator, long memberCount) {
        return new NetworkView(
                n.id,
                OrganizationRef.of(coordinator),
                n.name,
                n.kind,
                n.description,
                List.copyOf(n.fieldsOfAction),
                n.periodFrom,
                n.periodTo,
                n.funder,
                n.fundingLine,
                n.budget,
                n.currency,
                List.copyOf(n.links),
                n.status,
                n.visibility,
                n.externalId,
                memberCount,
                n.version,
                n.createdAt,
                n.createdBy,
                n.updatedAt,
                n.updatedBy);
    }

    private MemberView memberView(NetworkMember m, Network network) {
        return memberView(m, network, organizations.get(m.organizationId));
    }

    static MemberView memberView(NetworkMember m, Network network, Organization organization) {
        return new MemberView(
                m.id,
                m.networkId,
                network.name,
                OrganizationRef.of(organization),
                m.role,
                m.status,
                m.joinedOn,
                m.leftOn,
                m.note,
                m.sharesAggregates,
                m.aggregatesDecidedAt,
                m.aggregatesDecidedBy,
                m.version,
                m.createdAt,
                m.createdBy,
                m.updatedAt,
                m.updatedBy);
    }

    /** The date it is now on an organization's clock: a member's or a municipality's dates are meant in it. */
    LocalDate todayOf(UUID organizationId) {
        return LocalDate.now(organizations.get(organizationId).zone());
    }

    /** Membership dates are meant on the member's own clock. */
    private LocalDate todayOf(NetworkMember member) {
        return LocalDate.now(organizations.get(member.organizationId).zone());
    }
}
