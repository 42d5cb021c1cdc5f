package city.circular.hub.network;

import static city.circular.hub.common.Strings.blankToNull;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.AuditedRecord;
import city.circular.hub.common.Caller;
import city.circular.hub.common.ProblemType;
import city.circular.hub.common.Versions;
import city.circular.hub.indicator.IndicatorService;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.organization.AccessPolicy.NetworkParties;
import city.circular.hub.organization.Organization;
import city.circular.hub.project.ProjectActivity;
import city.circular.hub.project.ProjectReportingService;
import city.circular.hub.workshop.WorkshopService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Status reports of virtual status updates: one per member municipality and event, pre-filled from the
 * municipality's own records since its previous report, which the owning features count for it. Reports are shared
 * with everyone who reads the network's events.
 */
@ApplicationScoped
public class StatusReportService {

    static final String WHAT = "Status report";

    private final NetworkService networks;
    private final NetworkEventService events;
    private final StatusReportRepository reports;
    private final ProjectReportingService projects;
    private final IndicatorService indicators;
    private final WorkshopService workshops;
    private final AccessPolicy access;

    public StatusReportService(
            NetworkService networks,
            NetworkEventService events,
            StatusReportRepository reports,
            ProjectReportingService projects,
            IndicatorService indicators,
            WorkshopService workshops,
            AccessPolicy access) {
        this.networks = networks;
        this.events = events;
        this.reports = reports;
        this.projects = projects;
        this.indicators = indicators;
        this.workshops = workshops;
        this.access = access;
    }

    /** The event's reports and, for each member municipality, whether it has reported. */
    public StatusReportList list(UUID networkId, UUID eventId) {
        NetworkEvent event = events.readable(networkId, eventId);
        List<StatusReport> submitted = reports.ofEvent(event.id);
        List<NetworkMember> municipalities = networks.accepted(networkId).stream()
                .filter(m -> m.role == MemberRole.MEMBER_MUNICIPALITY)
                .toList();
        List<UUID> organizationIds = new ArrayList<>(
                municipalities.stream().map(m -> m.organizationId).toList());
        submitted.forEach(r -> organizationIds.add(r.organizationId));
        Map<UUID, Organization> byId = networks.organizationsById(organizationIds);
        Map<UUID, StatusReport> byOrganization =
                submitted.stream().collect(Collectors.toMap(r -> r.organizationId, Function.identity()));
        List<StatusReportList.Reporting> members = municipalities.stream()
                .map(m -> {
                    StatusReport r = byOrganization.get(m.organizationId);
                    return new StatusReportList.Reporting(
                            OrganizationRef.of(byId.get(m.organizationId)),
                            r != null,
                            r == null ? null : r.id,
                            r == null ? null : r.createdAt);
                })
                .sorted(Comparator.comparing((StatusReportList.Reporting r) ->
                                r.organization().name())
                        .thenComparing(r -> r.organization().id()))
                .toList();
        return new StatusReportList(
                submitted.stream()
                        .map(r -> view(r, networkId, byId.get(r.organizationId)))
                        .toList(),
                members);
    }

    /** What a report would say if the member submitted it now: its figures since its previous report. */
    public StatusReportDraft draft(UUID networkId, UUID eventId, UUID organizationId) {
        Reporter reporter = reporter(networkId, eventId, organizationId);
        Instant now = AuditedRecord.now();
        StatusReport previous = reports.previous(networkId, reporter.member.organizationId, reporter.event.id)
                .orElse(null);
        Instant from = coversFrom(reporter, previous);
        return new StatusReportDraft(
                reporter.event.id,
                networkId,
                OrganizationRef.of(reporter.organization),
                from,
                now,
                previous == null ? null : previous.id,
                previous == null ? null : previous.nextSteps,
                figures(reporter.member.organizationId, from, now));
    }

    @Transactional
    public StatusReportView submit(UUID networkId, UUID eventId, StatusReportInput input) {
        Reporter reporter = reporter(networkId, eventId, input.organizationId());
        if (reports.of(reporter.event.id, reporter.member.organizationId).isPresent()) {
            throw new ApiException(
                    ProblemType.CONFLICT,
                    reporter.organization.name + " has reported for this status update already; change that report.");
        }
        StatusReport previous = reports.previous(networkId, reporter.member.organizationId, reporter.event.id)
                .orElse(null);
        StatusReport report = new StatusReport();
        report.created(access.caller().username());
        report.eventId = reporter.event.id;
        report.organizationId = reporter.member.organizationId;
        report.coversFrom = coversFrom(reporter, previous);
        report.coversTo = report.createdAt;
        report.figures = figures(report.organizationId, report.coversFrom, report.coversTo);
        apply(input, report);
        reports.persist(report);
        reports.flush();
        return view(report, networkId, reporter.organization);
    }

    public StatusReportView get(UUID networkId, UUID eventId, UUID reportId) {
        NetworkEvent event = events.readable(networkId, eventId);
        StatusReport report = reportOf(event, reports.findById(reportId));
        return view(
                report,
                networkId,
                networks.organizationsById(List.of(report.organizationId)).get(report.organizationId));
    }

    /** The member's editors change the words of their report; the figures stay as counted when it was submitted. */
    @Transactional
    public StatusReportView update(
            UUID networkId, UUID eventId, UUID reportId, String ifMatch, StatusReportInput input) {
        NetworkEvent event = events.readable(networkId, eventId);
        StatusReport report = reportOf(event, reports.findById(reportId));
        access.writableAsNetworkMember(networks.parties(networkId), report.organizationId, WHAT);
        Versions.requireMatch(ifMatch, report.version);
        apply(input, report);
        report.touched(access.caller().username());
        reports.flush();
        return view(
                report,
                networkId,
                networks.organizationsById(List.of(report.organizationId)).get(report.organizationId));
    }

    /**
     * When each of the given organizations last submitted a report in the network, for those who read the network's
     * content (404 otherwise); organizations that never reported are absent.
     */
    public Map<UUID, Instant> latestSubmitted(UUID networkId, Collection<UUID> organizationIds) {
        access.readableNetworkContent(networks.parties(networkId), NetworkService.WHAT);
        return reports.latestSubmitted(networkId, organizationIds);
    }

    private record Reporter(NetworkEvent event, NetworkMember member, Organization organization) {}

    /**
     * The event, checked to be a status update the caller reads, and the member municipality the caller reports for:
     * the one named, or the only one of the network the caller edits for.
     */
    private Reporter reporter(UUID networkId, UUID eventId, UUID organizationId) {
        NetworkEvent event = events.readable(networkId, eventId);
        NetworkParties parties = networks.parties(networkId);
        List<NetworkMember> municipalities = networks.accepted(networkId).stream()
                .filter(m -> m.role == MemberRole.MEMBER_MUNICIPALITY)
                .toList();
        Caller caller = access.caller();
        UUID reporting = organizationId;
        if (reporting == null) {
            List<UUID> mine = municipalities.stream()
                    .map(m -> m.organizationId)
                    .filter(caller::canWriteFor)
                    .toList();
            if (mine.isEmpty()) {
                throw new ApiException(
                        ProblemType.FORBIDDEN, "You do not edit for a member municipality of this network.");
            }
            if (mine.size() > 1) {
                throw ApiException.invalid("organizationId", "is required: you edit for more than one member");
            }
            reporting = mine.getFirst();
        }
        access.writableAsNetworkMember(parties, reporting, WHAT);
        if (event.kind != EventKind.VIRTUAL_STATUS_UPDATE) {
            throw ApiException.rule(
                    "Status reports belong to virtual status updates; this event is a " + event.kind + ".");
        }
        UUID wanted = reporting;
        NetworkMember member = municipalities.stream()
                .filter(m -> m.organizationId.equals(wanted))
                .findFirst()
                .orElseThrow(() -> ApiException.rule(
                        "Only accepted member municipalities of the network report.",
                        "organizationId",
                        "is not an accepted member municipality of the network"));
        return new Reporter(
                event, member, networks.organizationsById(List.of(wanted)).get(wanted));
    }

    /** Where the previous report ended, or the start of the day the member joined. */
    private static Instant coversFrom(Reporter reporter, StatusReport previous) {
        if (previous != null) {
            return previous.coversTo;
        }
        return reporter.member
                .joinedOn
                .atStartOfDay(reporter.organization.zone())
                .toInstant();
    }

    private StatusFigures figures(UUID organizationId, Instant from, Instant to) {
        ProjectActivity activity = projects.activityOf(organizationId, from, to);
        return new StatusFigures(
                activity.statusChanges(),
                activity.completedMeasures(),
                indicators.valuesAddedBy(organizationId, from, to),
                workshops.heldBy(organizationId, from, to));
    }

    private static StatusReport reportOf(NetworkEvent event, StatusReport report) {
        if (report == null || !report.eventId.equals(event.id)) {
            throw ApiException.notFound(WHAT);
        }
        return report;
    }

    private static void apply(StatusReportInput input, StatusReport r) {
        r.progress = input.progress().strip();
        r.nextSteps = blankToNull(input.nextSteps());
        r.helpNeeded = blankToNull(input.helpNeeded());
    }

    private static StatusReportView view(StatusReport r, UUID networkId, Organization organization) {
        return new StatusReportView(
                r.id,
                r.eventId,
                networkId,
                OrganizationRef.of(organization),
                r.coversFrom,
                r.coversTo,
                r.progress,
                r.nextSteps,
                r.helpNeeded,
                r.figures,
                r.version,
                r.createdAt,
                r.createdBy,
                r.updatedAt,
                r.updatedBy);
    }
}
