package city.circular.hub.network;

import city.circular.hub.common.Table;
import city.circular.hub.component.Completeness;
import city.circular.hub.component.ComponentService;
import city.circular.hub.network.NetworkDashboardView.MemberStanding;
import city.circular.hub.organization.Organization;
import city.circular.hub.practice.PracticeService;
import city.circular.hub.project.ProjectReportingService;
import city.circular.hub.project.ProjectStanding;
import city.circular.hub.strategy.StrategyService;
import city.circular.hub.workshop.WorkshopService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A network's roll-up for its coordinators and members: each member municipality's standing side by side, taken
 * from what it shares with its networks (NETWORK or PUBLIC records, through the owning features' services) or, where
 * its admin consented on its membership of this network, from all its records as aggregate figures, and from the
 * network's own events and reports. Only figures leave the owning features, never a record's title or content.
 * Whoever reads the network's content reads it; everyone else gets 404.
 */
@ApplicationScoped
public class NetworkDashboardService {

    private final NetworkService networks;
    private final AttendanceRepository attendance;
    private final StatusReportRepository reports;
    private final StrategyService strategies;
    private final ComponentService components;
    private final ProjectReportingService projects;
    private final WorkshopService workshops;
    private final PracticeService practices;

    public NetworkDashboardService(
            NetworkService networks,
            AttendanceRepository attendance,
            StatusReportRepository reports,
            StrategyService strategies,
            ComponentService components,
            ProjectReportingService projects,
            WorkshopService workshops,
            PracticeService practices) {
        this.networks = networks;
        this.attendance = attendance;
        this.reports = reports;
        this.strategies = strategies;
        this.components = components;
        this.projects = projects;
        this.workshops = workshops;
        this.practices = practices;
    }

    public NetworkDashboardView of(UUID networkId) {
        NetworkService.Content content = networks.content(networkId);
        NetworkView network = content.network();
        List<NetworkMember> memberships = content.accepted().stream()
                .filter(m -> m.role == MemberRole.MEMBER_MUNICIPALITY)
                .toList();
        List<UUID> municipalities =
                memberships.stream().map(m -> m.organizationId).toList();
        Set<UUID> consenting = memberships.stream()
                .filter(m -> m.sharesAggregates)
                .map(m -> m.organizationId)
                .collect(Collectors.toSet());
        List<UUID> sharing =
                municipalities.stream().filter(id -> !consenting.contains(id)).toList();
        Map<UUID, Organization> organizations = networks.organizationsById(municipalities);
        Map<UUID, List<StrategyService.Counted>> counted = strategies.countedFor(sharing, consenting).stream()
                .collect(Collectors.groupingBy(StrategyService.Counted::organizationId));
        Map<UUID, Completeness> completeness = components.completeness(counted.values().stream()
                .flatMap(List::stream)
                .map(StrategyService.Counted::id)
                .toList());
        Map<UUID, ProjectStanding> standings = projects.standingsCountedFor(sharing, consenting);
        Map<UUID, Long> held = workshops.heldCountedFor(sharing, consenting);
        Map<UUID, Long> attended = attendance.attendedIn(networkId);
        Map<UUID, Long> submitted = reports.submittedIn(networkId);
        Map<UUID, PracticeService.SharedPractices> published = practices.sharedBy(municipalities);
        List<MemberStanding> members = new ArrayList<>();
        for (UUID id : municipalities) {
            List<StrategyService.Counted> ofIt = counted.getOrDefault(id, List.of());
            PracticeService.SharedPractices practicesOfIt =
                    published.getOrDefault(id, new PracticeService.SharedPractices(0, 0));
            members.add(new MemberStanding(
                    OrganizationRef.of(organizations.get(id)),
                    consenting.contains(id) ? DashboardBasis.AGGREGATES_CONSENTED : DashboardBasis.SHARED_RECORDS,
                    ofIt.size(),
                    (int) ofIt.stream().filter(s -> s.status().inForce()).count(),
                    meanCompleteness(ofIt, completeness),
                    standings.getOrDefault(id, ProjectStanding.none()),
                    held.getOrDefault(id, 0L),
                    attended.getOrDefault(id, 0L),
                    submitted.getOrDefault(id, 0L),
                    practicesOfIt.published(),
                    practicesOfIt.adoptions()));
        }
        members.sort(Comparator.comparing(m -> m.organization().name()));
        return new NetworkDashboardView(network.id(), network.name(), members);
    }

    /** The comparison table a coordinator exports: one row per member municipality. */
    public Table table(UUID networkId) {
        NetworkDashboardView dashboard = of(networkId);
        List<List<Object>> rows = dashboard.members().stream()
                .map(m -> List.<Object>of(
                        m.organization().name(),
                        m.organization().country(),
                        m.basis().name(),
                        m.strategies(),
                        m.adoptedStrategies(),
                        m.strategyCompleteness() == null ? "" : m.strategyCompleteness(),
                        m.projects().total(),
                        m.projects().impact().co2eTonnesPerYear(),
                        m.projects().impact().renewableMwhPerYear(),
                        m.projects().impact().materialAvoidedT(),
                        m.projects().impact().cost(),
                        m.workshopsHeld(),
                        m.eventsAttended(),
                        m.statusReports(),
                        m.practicesPublished(),
                        m.practiceAdoptions()))
                .toList();
        return new Table(
                "Network",
                List.of(
                        "Municipality",
                        "Country",
                        "Basis",
                        "Strategies",
                        "Adopted strategies",
                        "Strategy completeness %",
                        "Starter projects",
                        "CO2e t/year",
                        "Renewable MWh/year",
                        "Material avoided t",
                        "Cost",
                        "Workshops held",
                        "Events attended",
                        "Status reports",
                        "Practices published",
                        "Practice adoptions"),
                rows);
    }

    private static Integer meanCompleteness(
            List<StrategyService.Counted> counted, Map<UUID, Completeness> completeness) {
        return counted.isEmpty()
                ? null
                : (int) Math.round(counted.stream()
                        .mapToInt(s -> completeness.get(s.id()).percent())
                        .average()
                        .orElse(0));
    }
}
