package city.circular.hub.network;

import static city.circular.hub.common.Strings.blankToNull;

import city.circular.hub.change.ChangeStamp;
import city.circular.hub.common.ApiException;
import city.circular.hub.common.Caller;
import city.circular.hub.common.ProblemType;
import city.circular.hub.common.Versions;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.organization.AccessPolicy.NetworkParties;
import city.circular.hub.organization.Organization;
import city.circular.hub.organization.WriteCheck;
import city.circular.hub.project.ProjectReportingService;
import city.circular.hub.project.ProjectStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Advisors assigned to a network's member municipalities. The coordinator's admins assign; an assignment and its
 * check-in log are seen by the coordinator's members, the municipality's members and the advisor, and by nobody else
 * (404). The advisor's portfolio gathers the municipality's state from the features that own it.
 */
@ApplicationScoped
public class AdvisorService implements WriteCheck {

    static final String WHAT = "Advisor assignment";

    private final NetworkService networks;
    private final AdvisorAssignmentRepository assignments;
    private final CheckInRepository checkIns;
    private final ProjectReportingService projects;
    private final StatusReportService reports;
    private final AccessPolicy access;
    private final ChangeStamp changes;

    public AdvisorService(
            NetworkService networks,
            AdvisorAssignmentRepository assignments,
            CheckInRepository checkIns,
            ProjectReportingService projects,
            StatusReportService reports,
            AccessPolicy access,
            ChangeStamp changes) {
        this.networks = networks;
        this.assignments = assignments;
        this.checkIns = checkIns;
        this.projects = projects;
        this.reports = reports;
        this.access = access;
        this.changes = changes;
    }

    /** Assigning is network administration: the coordinator's admins and platform administrators. */
    @Override
    public void checkWritable(UUID networkId) {
        access.administrableNetwork(networks.parties(networkId), NetworkService.WHAT);
    }

    public AdvisorAssignmentList list(UUID networkId) {
        NetworkParties parties = networks.parties(networkId);
        access.readableNetworkContent(parties, NetworkService.WHAT);
        List<AdvisorAssignment> visible = assignments.ofNetwork(networkId).stream()
                .filter(a -> sees(a, parties))
                .toList();
        return new AdvisorAssignmentList(views(visible));
    }

    public AdvisorAssignmentView get(UUID networkId, UUID assignmentId) {
        return view(visible(networkId, assignmentId));
    }

    @Transactional
    public AdvisorAssignmentView create(UUID networkId, AdvisorAssignmentInput input) {
        NetworkParties parties = networks.parties(networkId);
        access.administrableNetwork(parties, NetworkService.WHAT);
        changes.stamp(access.caller().username());
        AdvisorAssignment a = new AdvisorAssignment();
        a.created(access.caller().username());
        a.networkId = networkId;
        apply(input, a, parties);
        assignments.persist(a);
        assignments.flush();
        return view(a);
    }

    @Transactional
    public AdvisorAssignmentView update(
            UUID networkId, UUID assignmentId, String ifMatch, AdvisorAssignmentInput input) {
        NetworkParties parties = networks.parties(networkId);
        AdvisorAssignment a = administrable(networkId, assignmentId, parties);
        Versions.requireMatch(ifMatch, a.version);
        apply(input, a, parties);
        a.touched(access.caller().username());
        assignments.flush();
        return view(a);
    }

    /** Ends an assignment today; one that has not begun yet is deleted instead, one already ended stays as it is. */
    @Transactional
    public AdvisorAssignmentView end(UUID networkId, UUID assignmentId, String ifMatch) {
        NetworkParties parties = networks.parties(networkId);
        AdvisorAssignment a = administrable(networkId, assignmentId, parties);
        Versions.requireMatch(ifMatch, a.version);
        LocalDate today = networks.todayOf(a.municipalityId);
        if (a.endsOn != null && a.endsOn.isBefore(today)) {
            throw ApiException.rule("The assignment ended on " + a.endsOn + " already.");
        }
        if (a.startsOn.isAfter(today)) {
            throw ApiException.rule("The assignment begins on " + a.startsOn + "; delete it instead of ending it.");
        }
        a.endsOn = today;
        a.touched(access.caller().username());
        assignments.flush();
        return view(a);
    }

    /** Deletes the assignment with its check-in log. */
    @Transactional
    public void delete(UUID networkId, UUID assignmentId, String ifMatch) {
        NetworkParties parties = networks.parties(networkId);
        AdvisorAssignment a = administrable(networkId, assignmentId, parties);
        Versions.requireMatch(ifMatch, a.version);
        assignments.delete(a);
        assignments.flush();
    }

    /**
     * The caller's current assignments in networks whose content they read, each with the municipality's starter
     * projects by status (those the caller may read), its latest check-in, next follow-up and latest status report.
     */
    public PortfolioView portfolio() {
        Caller caller = access.caller();
        // An assignment's dates are meant on its municipality's clock, as when it is ended.
        Map<UUID, LocalDate> todayByMunicipality = new HashMap<>();
        Map<UUID, NetworkParties> partiesByNetwork = new LinkedHashMap<>();
        List<AdvisorAssignment> mine = new ArrayList<>();
        for (AdvisorAssignment a : assignments.ofAdvisor(caller.username())) {
            LocalDate today = todayByMunicipality.computeIfAbsent(a.municipalityId, networks::todayOf);
            if (!isAdvisor(a) || !a.isCurrentOn(today)) {
                continue;
            }
            NetworkParties parties = partiesByNetwork.computeIfAbsent(a.networkId, networks::parties);
            if (readsContent(parties)) {
                mine.add(a);
            }
        }
        Set<UUID> municipalities = mine.stream().map(a -> a.municipalityId).collect(Collectors.toSet());
        Map<UUID, Map<ProjectStatus, Long>> counts = projects.readableCountsByStatus(municipalities);
        Map<UUID, CheckInRepository.Dates> dates = new HashMap<>();
        mine.stream()
                .collect(Collectors.groupingBy(
                        a -> todayByMunicipality.get(a.municipalityId),
                        Collectors.mapping(a -> a.id, Collectors.toList())))
                .forEach((today, ids) -> dates.putAll(checkIns.datesOf(ids, today)));
        Map<UUID, Map<UUID, Instant>> reported = new LinkedHashMap<>();
        mine.stream()
                .map(a -> a.networkId)
                .distinct()
                .forEach(network -> reported.put(
                        network,
                        reports.latestSubmitted(
                                network,
                                mine.stream()
                                        .filter(a -> a.networkId.equals(network))
                                        .map(a -> a.municipalityId)
                                        .toList())));
        Map<UUID, String> names = networks.namesById(partiesByNetwork.keySet());
        List<AdvisorAssignmentView> views = views(mine);
        List<PortfolioView.Entry> entries = new ArrayList<>();
        for (int i = 0; i < mine.size(); i++) {
            AdvisorAssignment a = mine.get(i);
            Map<ProjectStatus, Long> byStatus = counts.getOrDefault(a.municipalityId, Map.of());
            CheckInRepository.Dates d = dates.get(a.id);
            entries.add(new PortfolioView.Entry(
                    views.get(i),
                    new PortfolioView.NetworkRef(a.networkId, names.get(a.networkId)),
                    byStatus.entrySet().stream()
                            .sorted(Map.Entry.comparingByKey())
                            .map(e -> new PortfolioView.StatusCount(e.getKey(), e.getValue()))
                            .toList(),
                    (int) byStatus.values().stream().mapToLong(Long::longValue).sum(),
                    d == null ? null : d.lastCheckIn(),
                    d == null ? null : d.nextFollowUp(),
                    reported.get(a.networkId).get(a.municipalityId)));
        }
        entries.sort(Comparator.comparing(
                        (PortfolioView.Entry e) -> e.assignment().municipality().name())
                .thenComparing(e -> e.assignment().id()));
        return new PortfolioView(entries);
    }

    /** An assignment of the network the caller may see, for its check-in log: 404 otherwise. */
    AdvisorAssignment visible(UUID networkId, UUID assignmentId) {
        NetworkParties parties = networks.parties(networkId);
        access.readableNetworkContent(parties, NetworkService.WHAT);
        AdvisorAssignment a = assignments.findById(assignmentId);
        if (a == null || !a.networkId.equals(networkId) || !sees(a, parties)) {
            throw ApiException.notFound(WHAT);
        }
        return a;
    }

    /** Whether the caller writes in the assignment's check-in log: its advisor or the coordinator's editors. */
    boolean writesCheckIns(AdvisorAssignment a, NetworkParties parties) {
        return isAdvisor(a) || access.caller().canWriteFor(parties.coordinator());
    }

    /** Whether the caller writes check-ins anywhere in the network, for the check before a body is read. */
    boolean writesCheckInsIn(UUID networkId, NetworkParties parties) {
        return access.caller().canWriteFor(parties.coordinator())
                || assignments.ofAdvisor(access.caller().username()).stream()
                        .anyMatch(a -> a.networkId.equals(networkId) && isAdvisor(a));
    }

    NetworkParties parties(UUID networkId) {
        return networks.parties(networkId);
    }

    private AdvisorAssignment administrable(UUID networkId, UUID assignmentId, NetworkParties parties) {
        access.administrableNetwork(parties, NetworkService.WHAT);
        AdvisorAssignment a = assignments.findById(assignmentId);
        if (a == null || !a.networkId.equals(networkId)) {
            throw ApiException.notFound(WHAT);
        }
        changes.stamp(access.caller().username());
        return a;
    }

    private boolean sees(AdvisorAssignment a, NetworkParties parties) {
        Caller caller = access.caller();
        return caller.platformAdmin()
                || caller.isMemberOf(parties.coordinator())
                || caller.isMemberOf(a.municipalityId)
                || isAdvisor(a);
    }

    /** The advisor is who their token names, as long as they belong to the organization they advise for. */
    private boolean isAdvisor(AdvisorAssignment a) {
        Caller caller = access.caller();
        return caller.username().equals(a.advisorUsername) && caller.isMemberOf(a.advisorOrganizationId);
    }

    private boolean readsContent(NetworkParties parties) {
        Caller caller = access.caller();
        return caller.platformAdmin()
                || caller.isMemberOf(parties.coordinator())
                || parties.accepted().stream().anyMatch(caller::isMemberOf);
    }

    /**
     * The municipality must be an accepted member municipality, the advisor's organization the coordinator or an
     * accepted advisor organization, and the same person advises the same municipality in one period at a time.
     */
    private void apply(AdvisorAssignmentInput input, AdvisorAssignment a, NetworkParties parties) {
        List<NetworkMember> accepted = networks.accepted(a.networkId);
        boolean municipality = accepted.stream()
                .anyMatch(m ->
                        m.organizationId.equals(input.municipalityId()) && m.role == MemberRole.MEMBER_MUNICIPALITY);
        if (!municipality) {
            throw ApiException.rule(
                    "Advisors are assigned to accepted member municipalities of the network.",
                    "municipalityId",
                    "is not an accepted member municipality of the network");
        }
        UUID advisorOrganization =
                input.advisorOrganizationId() == null ? parties.coordinator() : input.advisorOrganizationId();
        boolean advises = advisorOrganization.equals(parties.coordinator())
                || accepted.stream()
                        .anyMatch(m -> m.organizationId.equals(advisorOrganization)
                                && m.role == MemberRole.ADVISOR_ORGANIZATION);
        if (!advises) {
            throw ApiException.rule(
                    "Advisors come from the network's coordinator or an accepted advisor organization.",
                    "advisorOrganizationId",
                    "is neither the coordinator nor an accepted advisor organization of the network");
        }
        String username = input.advisorUsername().strip();
        boolean overlaps = assignments.ofAdvisorFor(a.networkId, input.municipalityId(), username).stream()
                .anyMatch(other -> !other.id.equals(a.id) && other.overlaps(input.startsOn(), input.endsOn()));
        if (overlaps) {
            throw new ApiException(
                    ProblemType.CONFLICT,
                    username + " advises this municipality in an overlapping period already; change that assignment.");
        }
        a.municipalityId = input.municipalityId();
        a.advisorOrganizationId = advisorOrganization;
        a.advisorUsername = username;
        a.advisorName = input.advisorName().strip();
        a.startsOn = input.startsOn();
        a.endsOn = input.endsOn();
        a.note = blankToNull(input.note());
    }

    private AdvisorAssignmentView view(AdvisorAssignment a) {
        return views(List.of(a)).getFirst();
    }

    private List<AdvisorAssignmentView> views(List<AdvisorAssignment> list) {
        Set<UUID> ids = new HashSet<>();
        list.forEach(a -> {
            ids.add(a.municipalityId);
            ids.add(a.advisorOrganizationId);
        });
        Map<UUID, Organization> byId = networks.organizationsById(ids);
        return list.stream()
                .map(a -> new AdvisorAssignmentView(
                        a.id,
                        a.networkId,
                        OrganizationRef.of(byId.get(a.municipalityId)),
                        OrganizationRef.of(byId.get(a.advisorOrganizationId)),
                        new AdvisorAssignmentView.Advisor(a.advisorUsername, a.advisorName),
                        a.startsOn,
                        a.endsOn,
                        a.isCurrentOn(LocalDate.now(byId.get(a.municipalityId).zone())),
                        a.note,
                        a.version,
                        a.createdAt,
                        a.createdBy,
                        a.updatedAt,
                        a.updatedBy))
                .toList();
    }
}
