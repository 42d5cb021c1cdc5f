package city.circular.hub.network;

import static city.circular.hub.common.Strings.blankToNull;

import city.circular.hub.common.Agenda;
import city.circular.hub.common.ApiException;
import city.circular.hub.common.Cursor;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.Slice;
import city.circular.hub.common.Versions;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.organization.AccessPolicy.NetworkParties;
import city.circular.hub.organization.Organization;
import city.circular.hub.organization.WriteCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A network's events and their attendance. The coordinator plans and edits events; each accepted member records its
 * own attendance (the coordinator may record anyone's, for attendance taking). Events are read by the network's
 * coordinator, its accepted members and platform administrators.
 */
@ApplicationScoped
public class NetworkEventService implements WriteCheck {

    static final String WHAT = "Network event";
    private static final String ATTENDANCE = "Attendance";

    private final NetworkService networks;
    private final EventRepository events;
    private final AttendanceRepository attendance;
    private final AccessPolicy access;

    public NetworkEventService(
            NetworkService networks, EventRepository events, AttendanceRepository attendance, AccessPolicy access) {
        this.networks = networks;
        this.events = events;
        this.attendance = attendance;
        this.access = access;
    }

    @Override
    public void checkWritable(UUID id) {
        access.plannableNetworkContent(networks.parties(id), NetworkService.WHAT);
    }

    public EventPage schedule(UUID networkId, EventRepository.Filter filter, PageRequest page) {
        if (filter.from() != null && filter.to() != null && !filter.to().isAfter(filter.from())) {
            throw ApiException.invalid("to", "must be after from");
        }
        access.readableNetworkContent(networks.parties(networkId), NetworkService.WHAT);
        Slice<NetworkEvent> slice = Slice.of(
                events.schedule(networkId, filter, page.plusOne()), page.limit(), e -> Cursor.of(e.startsAt, e.id));
        return new EventPage(slice.map(NetworkEventService::summary), slice.next());
    }

    public EventView get(UUID networkId, UUID eventId) {
        return view(readable(networkId, eventId));
    }

    @Transactional
    public EventView create(UUID networkId, EventInput input) {
        access.plannableNetworkContent(networks.parties(networkId), NetworkService.WHAT);
        NetworkEvent event = new NetworkEvent();
        event.created(access.caller().username());
        event.networkId = networkId;
        apply(input, event);
        events.persist(event);
        events.flush();
        return view(event);
    }

    @Transactional
    public EventView update(UUID networkId, UUID eventId, String ifMatch, EventInput input) {
        NetworkEvent event = plannable(networkId, eventId);
        Versions.requireMatch(ifMatch, event.version);
        apply(input, event);
        event.touched(access.caller().username());
        events.flush();
        return view(event);
    }

    /** Deletes the event with its attendance and status reports. */
    @Transactional
    public void delete(UUID networkId, UUID eventId, String ifMatch) {
        NetworkEvent event = plannable(networkId, eventId);
        Versions.requireMatch(ifMatch, event.version);
        events.delete(event);
        events.flush();
    }

    /** Every accepted member, with its recorded attendance or INVITED; former members who had recorded one too. */
    public AttendanceList attendance(UUID networkId, UUID eventId) {
        NetworkEvent event = readable(networkId, eventId);
        Map<UUID, Attendance> recorded = attendance.ofEvent(event.id).stream()
                .collect(Collectors.toMap(a -> a.organizationId, Function.identity()));
        Set<UUID> organizations = new HashSet<>(recorded.keySet());
        networks.accepted(networkId).forEach(m -> organizations.add(m.organizationId));
        Map<UUID, Organization> byId = networks.organizationsById(organizations);
        List<AttendanceView> items = organizations.stream()
                .map(id -> attendanceView(byId.get(id), recorded.get(id)))
                .sorted(Comparator.comparing(
                                (AttendanceView a) -> a.organization().name())
                        .thenComparing(a -> a.organization().id()))
                .toList();
        long people = recorded.values().stream()
                .filter(a -> a.status == AttendanceStatus.REGISTERED || a.status == AttendanceStatus.ATTENDED)
                .mapToLong(a -> a.people == null ? 0 : a.people)
                .sum();
        return new AttendanceList(items, people);
    }

    /**
     * Records an accepted member's attendance: by its own editors, or by the coordinator taking attendance. The first
     * recording needs no If-Match; changing a recorded one does. The event is locked meanwhile, so that two first
     * recordings of the same member follow one another.
     */
    @Transactional
    public AttendanceView record(
            UUID networkId, UUID eventId, UUID organizationId, String ifMatch, AttendanceInput input) {
        NetworkParties parties = networks.parties(networkId);
        access.writableForNetworkMember(parties, organizationId, ATTENDANCE);
        NetworkEvent event = events.findById(eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null || !event.networkId.equals(networkId)) {
            throw ApiException.notFound(WHAT);
        }
        Attendance existing = attendance.of(event.id, organizationId).orElse(null);
        if (existing == null && !parties.accepted().contains(organizationId)) {
            throw ApiException.rule("Only accepted members of the network attend its events.");
        }
        String by = access.caller().username();
        Attendance a = existing;
        if (a == null) {
            a = new Attendance();
            a.created(by);
            a.eventId = event.id;
            a.organizationId = organizationId;
        } else {
            Versions.requireMatch(ifMatch, a.version);
            a.touched(by);
        }
        a.status = input.status();
        a.people = input.people();
        a.note = blankToNull(input.note());
        if (existing == null) {
            attendance.persist(a);
        }
        attendance.flush();
        return attendanceView(
                networks.organizationsById(List.of(organizationId)).get(organizationId), a);
    }

    /** An event of the network the caller reads, for the status reports that hang off it. */
    NetworkEvent readable(UUID networkId, UUID eventId) {
        access.readableNetworkContent(networks.parties(networkId), WHAT);
        return eventOf(networkId, events.findById(eventId));
    }

    private NetworkEvent plannable(UUID networkId, UUID eventId) {
        access.plannableNetworkContent(networks.parties(networkId), WHAT);
        return eventOf(networkId, events.findById(eventId));
    }

    private static NetworkEvent eventOf(UUID networkId, NetworkEvent event) {
        if (event == null || !event.networkId.equals(networkId)) {
            throw ApiException.notFound(WHAT);
        }
        return event;
    }

    /** A full update; the agenda must fit the event's new times. */
    private static void apply(EventInput input, NetworkEvent e) {
        List<EventAgendaItem> agenda = input.agenda() == null
                ? List.of()
                : input.agenda().stream().map(EventAgendaItem::stripped).toList();
        e.startsAt = input.startsAt().truncatedTo(ChronoUnit.MICROS);
        e.endsAt = input.endsAt().truncatedTo(ChronoUnit.MICROS);
        Agenda.requireFits(Agenda.plannedMinutes(agenda), e.durationMinutes(), "event");
        e.kind = input.kind();
        e.title = input.title().strip();
        e.place = blankToNull(input.place());
        e.onlineLink = blankToNull(input.onlineLink());
        e.description = blankToNull(input.description());
        e.agenda = new ArrayList<>(agenda);
        e.materials = input.materials() == null
                ? new ArrayList<>()
                : new ArrayList<>(input.materials().stream().map(Link::stripped).toList());
        e.minutes = blankToNull(input.minutes());
    }

    private static EventView view(NetworkEvent e) {
        List<EventView.AgendaEntry> entries = Agenda.schedule(e.startsAt, e.agenda).stream()
                .map(s -> new EventView.AgendaEntry(
                        s.position(),
                        s.block().title(),
                        s.block().durationMinutes(),
                        s.block().method(),
                        s.block().responsible(),
                        s.block().expectedOutput(),
                        s.startsAt(),
                        s.endsAt()))
                .toList();
        return new EventView(
                e.id,
                e.networkId,
                e.kind,
                e.title,
                e.startsAt,
                e.endsAt,
                e.place,
                e.onlineLink,
                e.description,
                new EventView.Agenda(e.durationMinutes(), Agenda.plannedMinutes(e.agenda), entries),
                List.copyOf(e.materials),
                e.minutes,
                e.version,
                e.createdAt,
                e.createdBy,
                e.updatedAt,
                e.updatedBy);
    }

    private static EventSummary summary(NetworkEvent e) {
        return new EventSummary(
                e.id, e.networkId, e.kind, e.title, e.startsAt, e.endsAt, e.place, e.onlineLink, e.version);
    }

    private static AttendanceView attendanceView(Organization organization, Attendance a) {
        OrganizationRef ref = OrganizationRef.of(organization);
        if (a == null) {
            return new AttendanceView(ref, AttendanceStatus.INVITED, null, null, false, 0, null, null);
        }
        return new AttendanceView(ref, a.status, a.people, a.note, true, a.version, a.updatedAt, a.updatedBy);
    }
}
