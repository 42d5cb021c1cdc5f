package city.circular.hub.demo;

import city.circular.hub.common.Visibility;
import city.circular.hub.network.Attendance;
import city.circular.hub.network.AttendanceStatus;
import city.circular.hub.network.EventAgendaItem;
import city.circular.hub.network.EventKind;
import city.circular.hub.network.Link;
import city.circular.hub.network.MemberRole;
import city.circular.hub.network.MembershipStatus;
import city.circular.hub.network.Network;
import city.circular.hub.network.NetworkEvent;
import city.circular.hub.network.NetworkKind;
import city.circular.hub.network.NetworkMember;
import city.circular.hub.network.NetworkStatus;
import city.circular.hub.network.StatusFigures;
import city.circular.hub.network.StatusReport;
import city.circular.hub.organization.Organization;
import city.circular.hub.organization.OrganizationKind;
import city.circular.hub.organization.OrganizationRepository;
import city.circular.hub.project.ProjectActivity;
import city.circular.hub.project.StarterProject;
import city.circular.hub.workshop.Workshop;
import city.circular.hub.workshop.WorkshopHeld;
import city.circular.hub.workshop.WorkshopStatus;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Two networks with their programmes: a German city consortium coordinated by "Netzwerk Kreislaufstädte" with
 * Musterstadt and three more cities, and a Danish partnership with Eksempelby and two more municipalities, each with
 * a kick-off, in-person meetings and virtual status updates, attendance and status reports. Added once, after the
 * municipalities' own demo content exists.
 */
@ApplicationScoped
public class NetworkDemo {

    static final String CONSORTIUM = "Städtekonsortium Kreislaufstadt";
    static final String PARTNERSHIP = "Partnerskab for Cirkulære Kommuner";
    private static final String BY = "demo-data";
    private static final UUID LEGACY_NETWORK = UUID.fromString("5e7a1c2b-0000-4000-8000-000000000001");
    private static final ZoneId LOCAL = ZoneId.of("Europe/Berlin");

    private final boolean enabled;
    private final OrganizationRepository organizations;
    private final EntityManager em;

    public NetworkDemo(
            @ConfigProperty(name = "cch.demo-data") boolean enabled,
            OrganizationRepository organizations,
            EntityManager em) {
        this.enabled = enabled;
        this.organizations = organizations;
        this.em = em;
    }

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 300) StartupEvent event) {
        if (!enabled) {
            return; // without demo data the API starts without touching the database
        }
        Organization coordinator =
                organizations.findBySlug("kreislauf-netzwerk").orElse(null);
        Organization musterstadt = organizations.findBySlug("musterstadt").orElse(null);
        Organization eksempelby = organizations.findBySlug("eksempelby").orElse(null);
        if (!enabled || coordinator == null || musterstadt == null || eksempelby == null) {
            return;
        }
        long existing = em.createQuery("select count(n) from Network n where n.name in :names", Long.class)
                .setParameter("names", List.of(CONSORTIUM, PARTNERSHIP))
                .getSingleResult();
        if (existing > 0) {
            return;
        }
        // The network that linked the demo municipalities before networks had an API gives way to these two.
        Network legacy = em.find(Network.class, LEGACY_NETWORK);
        if (legacy != null) {
            em.remove(legacy);
        }
        consortium(coordinator, musterstadt);
        partnership(eksempelby);
        em.flush();
    }

    private void consortium(Organization coordinator, Organization musterstadt) {
        List<Organization> cities = List.of(
                musterstadt,
                organization("beispielhausen", "Stadt Beispielhausen", "DE", "09999998", 95_000),
                organization("neustadt-am-fluss", "Neustadt am Fluss", "DE", "09999997", 310_000),
                organization("altheim", "Gemeinde Altheim", "DE", "09999996", 24_000));
        Network n = new Network();
        n.created(BY);
        n.coordinatorId = coordinator.id;
        n.name = CONSORTIUM;
        n.kind = NetworkKind.CITY_CONSORTIUM;
        n.description = "Vier Städte erarbeiten mit der Netzwerkkoordination ein Mustervorgehen für kommunale "
                + "Kreislaufwirtschaftsstrategien: Leitbild und Ziele, Stakeholderanalyse, Workshops und "
                + "Starterprojekte, von der Leuchtturm- zur Breitenanwendung.";
        n.fieldsOfAction = new ArrayList<>(List.of("CONSTRUCTION_BUILDINGS", "PROCUREMENT", "WASTE_RESOURCES"));
        n.periodFrom = LocalDate.of(2026, 1, 1);
        n.periodTo = LocalDate.of(2027, 6, 30);
        n.funder = "Bundesministerium für Umwelt";
        n.fundingLine = "Förderaufruf Kommunale Kreislaufwirtschaft 2025";
        n.budget = new BigDecimal("1250000.00");
        n.currency = "EUR";
        n.links = new ArrayList<>(List.of(new Link("Programmseite", "https://kreislaufstaedte.example/konsortium")));
        n.status = NetworkStatus.ACTIVE;
        n.visibility = Visibility.PRIVATE;
        em.persist(n);
        member(n, coordinator, MemberRole.COORDINATOR, LocalDate.of(2025, 11, 15));
        for (Organization city : cities) {
            member(n, city, MemberRole.MEMBER_MUNICIPALITY, LocalDate.of(2025, 12, 1));
        }

        NetworkEvent kickOff = event(
                n,
                EventKind.KICK_OFF,
                "Auftakt des Städtekonsortiums",
                LocalDateTime.of(2026, 1, 20, 10, 0),
                LocalDateTime.of(2026, 1, 20, 16, 0),
                "Musterstadt, Rathaus, Ratssaal",
                null,
                List.of(
                        item("Begrüßung und Kennenlernen", 45, null, "Netzwerk Kreislaufstädte"),
                        item("Das Mustervorgehen in sechs Bausteinen", 90, "Vortrag und Diskussion", null),
                        item("Erwartungen der Städte", 90, "World Café", null),
                        item("Arbeitsplan und nächste Schritte", 60, null, "Netzwerk Kreislaufstädte")),
                "Alle vier Städte haben ihre Ansprechpersonen benannt; der Arbeitsplan bis Juni 2027 ist "
                        + "abgestimmt.");
        NetworkEvent march = event(
                n,
                EventKind.VIRTUAL_STATUS_UPDATE,
                "Virtueller Statustermin März",
                LocalDateTime.of(2026, 3, 18, 10, 0),
                LocalDateTime.of(2026, 3, 18, 11, 30),
                null,
                "https://meet.example/konsortium",
                List.of(
                        item("Berichte der Städte", 60, "Kurzberichte", null),
                        item("Fragen und Hilfe", 30, null, null)),
                null);
        NetworkEvent may = event(
                n,
                EventKind.IN_PERSON,
                "Netzwerktreffen Zirkuläres Bauen",
                LocalDateTime.of(2026, 5, 12, 10, 0),
                LocalDateTime.of(2026, 5, 12, 17, 0),
                "Neustadt am Fluss, Bauhof",
                null,
                List.of(
                        item("Bauteilbörsen in der Praxis", 120, "Exkursion", "Neustadt am Fluss"),
                        item("Vergabekriterien für Recyclingbeton", 120, "Fachgespräch", null)),
                "Neustadt stellt seine Vergabekriterien als Vorlage zur Verfügung.");
        NetworkEvent july = event(
                n,
                EventKind.VIRTUAL_STATUS_UPDATE,
                "Virtueller Statustermin Juli",
                LocalDateTime.of(2026, 7, 8, 10, 0),
                LocalDateTime.of(2026, 7, 8, 11, 30),
                null,
                "https://meet.example/konsortium",
                List.of(item("Berichte der Städte", 60, "Kurzberichte", null)),
                null);
        event(
                n,
                EventKind.IN_PERSON,
                "Netzwerktreffen Beschaffung",
                LocalDateTime.of(2026, 10, 6, 10, 0),
                LocalDateTime.of(2026, 10, 6, 16, 0),
                "Beispielhausen, Stadthalle",
                null,
                List.of(),
                null);
        event(
                n,
                EventKind.VIRTUAL_STATUS_UPDATE,
                "Virtueller Statustermin Januar",
                LocalDateTime.of(2027, 1, 20, 10, 0),
                LocalDateTime.of(2027, 1, 20, 11, 30),
                null,
                "https://meet.example/konsortium",
                List.of(item("Berichte der Städte", 60, "Kurzberichte", null)),
                null);
        event(
                n,
                EventKind.IN_PERSON,
                "Abschlusstreffen und Mustervorgehen",
                LocalDateTime.of(2027, 6, 15, 10, 0),
                LocalDateTime.of(2027, 6, 15, 16, 0),
                "Musterstadt, Rathaus",
                null,
                List.of(),
                null);

        int i = 0;
        for (Organization city : cities) {
            attend(kickOff, city, AttendanceStatus.ATTENDED, 3);
            attend(march, city, AttendanceStatus.ATTENDED, 1);
            attend(may, city, i == 3 ? AttendanceStatus.EXCUSED : AttendanceStatus.ATTENDED, i == 3 ? null : 2);
            attend(july, city, AttendanceStatus.ATTENDED, 1);
            i++;
        }
        attend(kickOff, coordinator, AttendanceStatus.ATTENDED, 2);

        Instant joined = LocalDate.of(2025, 12, 1).atStartOfDay(LOCAL).toInstant();
        StatusReport first = report(
                march,
                musterstadt,
                joined,
                "Die Strategie ist im Rat beschlossen; zwei Starterprojekte sind ausgewählt.",
                "Stakeholderanalyse abschließen und Projektentwicklungsworkshop durchführen.",
                "Erfahrungen mit Bauteilbörsen");
        report(
                july,
                musterstadt,
                first.coversTo,
                "Der Projektentwicklungsworkshop hat zwei neue Starterprojekte hervorgebracht.",
                "Vergabekriterien für Recyclingbeton in den Bauausschuss einbringen.",
                null);
        report(
                march,
                cities.get(1),
                joined,
                "Die Verwaltung hat eine Steuerungsgruppe Kreislaufwirtschaft eingerichtet.",
                "Entwurf des Leitbilds",
                "Vorlagen für den Ratsbeschluss");
        report(
                march,
                cities.get(2),
                joined,
                "Die Bauteilbörse am Bauhof ist eröffnet.",
                "Ausweitung auf private Bauherren",
                null);
    }

    private void partnership(Organization eksempelby) {
        Organization secretariat = organization(
                "cirkulaer-partnerskab",
                "Sekretariatet for Cirkulære Kommuner",
                OrganizationKind.NETWORK_COORDINATOR,
                "DK",
                null,
                null);
        List<Organization> municipalities = List.of(
                eksempelby,
                organization("proeveby", "Prøveby Kommune", "DK", "998", 45_000),
                organization("fjordby", "Fjordby Kommune", "DK", "997", 82_000));
        Network n = new Network();
        n.created(BY);
        n.coordinatorId = secretariat.id;
        n.name = PARTNERSHIP;
        n.kind = NetworkKind.PARTNERSHIP;
        n.description = "Kommuner der sammen udvikler cirkulære indkøb og byggeri med proceshjælp og rådgivning.";
        n.fieldsOfAction = new ArrayList<>(List.of("PROCUREMENT", "CONSTRUCTION_BUILDINGS"));
        n.periodFrom = LocalDate.of(2026, 2, 1);
        n.periodTo = LocalDate.of(2027, 12, 31);
        n.funder = "Realdania";
        n.fundingLine = "Cirkulært byggeri i kommunerne";
        n.budget = new BigDecimal("4500000.00");
        n.currency = "DKK";
        n.links = new ArrayList<>(List.of(new Link("Partnerskabets side", "https://cirkulaere-kommuner.example")));
        n.status = NetworkStatus.ACTIVE;
        n.visibility = Visibility.PUBLIC;
        em.persist(n);
        member(n, secretariat, MemberRole.COORDINATOR, LocalDate.of(2026, 1, 15));
        for (Organization municipality : municipalities) {
            member(n, municipality, MemberRole.MEMBER_MUNICIPALITY, LocalDate.of(2026, 2, 1));
        }
        NetworkEvent kickOff = event(
                n,
                EventKind.KICK_OFF,
                "Opstart af partnerskabet",
                LocalDateTime.of(2026, 2, 3, 9, 30),
                LocalDateTime.of(2026, 2, 3, 15, 0),
                "Eksempelby Rådhus",
                null,
                List.of(
                        item("Velkomst", 30, null, "Sekretariatet"),
                        item("Kommunernes udgangspunkt", 120, "Korte oplæg", null),
                        item("Fælles arbejdsplan", 90, "Workshop", null)),
                "Kommunerne har aftalt at starte med cirkulære indkøbskriterier.");
        NetworkEvent april = event(
                n,
                EventKind.VIRTUAL_STATUS_UPDATE,
                "Virtuel statusopdatering april",
                LocalDateTime.of(2026, 4, 15, 13, 0),
                LocalDateTime.of(2026, 4, 15, 14, 30),
                null,
                "https://meet.example/partnerskab",
                List.of(item("Status fra kommunerne", 60, "Runde", null)),
                null);
        NetworkEvent trip = event(
                n,
                EventKind.STUDY_TRIP,
                "Studietur: genbrug af byggematerialer",
                LocalDateTime.of(2026, 9, 10, 8, 0),
                LocalDateTime.of(2026, 9, 10, 17, 0),
                "Fjordby, genbrugsstation",
                null,
                List.of(),
                null);
        event(
                n,
                EventKind.VIRTUAL_STATUS_UPDATE,
                "Virtuel statusopdatering december",
                LocalDateTime.of(2026, 12, 16, 13, 0),
                LocalDateTime.of(2026, 12, 16, 14, 30),
                null,
                "https://meet.example/partnerskab",
                List.of(item("Status fra kommunerne", 60, "Runde", null)),
                null);
        for (Organization municipality : municipalities) {
            attend(kickOff, municipality, AttendanceStatus.ATTENDED, 2);
            attend(april, municipality, AttendanceStatus.ATTENDED, 1);
            attend(trip, municipality, AttendanceStatus.REGISTERED, 4);
        }
        Instant joined = LocalDate.of(2026, 2, 1).atStartOfDay(LOCAL).toInstant();
        report(
                april,
                eksempelby,
                joined,
                "Kommunen har vedtaget cirkulære indkøbskriterier for byggeri.",
                "Pilotudbud på en skolerenovering",
                "Erfaringer med markedsdialog");
        report(april, municipalities.get(2), joined, "Genbrugsstationen modtager nu byggematerialer.", null, null);
    }

    private Organization organization(String slug, String name, String country, String code, int population) {
        return organization(slug, name, OrganizationKind.MUNICIPALITY, country, code, population);
    }

    private Organization organization(
            String slug, String name, OrganizationKind kind, String country, String code, Integer population) {
        return organizations.findBySlug(slug).orElseGet(() -> {
            Organization o = new Organization();
            o.created(BY);
            o.slug = slug;
            o.name = name;
            o.kind = kind;
            o.country = country;
            o.officialCode = code;
            o.population = population;
            organizations.persist(o);
            return o;
        });
    }

    private void member(Network n, Organization organization, MemberRole role, LocalDate joined) {
        NetworkMember m = new NetworkMember();
        m.created(BY);
        m.networkId = n.id;
        m.organizationId = organization.id;
        m.role = role;
        m.status = MembershipStatus.ACCEPTED;
        m.joinedOn = joined;
        em.persist(m);
    }

    private NetworkEvent event(
            Network n,
            EventKind kind,
            String title,
            LocalDateTime start,
            LocalDateTime end,
            String place,
            String onlineLink,
            List<EventAgendaItem> agenda,
            String minutes) {
        NetworkEvent e = new NetworkEvent();
        e.created(BY);
        e.networkId = n.id;
        e.kind = kind;
        e.title = title;
        e.startsAt = start.atZone(LOCAL).toInstant();
        e.endsAt = end.atZone(LOCAL).toInstant();
        e.place = place;
        e.onlineLink = onlineLink;
        e.agenda = new ArrayList<>(agenda);
        e.materials = new ArrayList<>();
        if (minutes != null) {
            e.materials.add(new Link("Präsentation", "https://files.example/" + e.id + ".pdf"));
        }
        e.minutes = minutes;
        em.persist(e);
        return e;
    }

    private static EventAgendaItem item(String title, int minutes, String method, String responsible) {
        return new EventAgendaItem(title, minutes, method, responsible, null);
    }

    private void attend(NetworkEvent event, Organization organization, AttendanceStatus status, Integer people) {
        Attendance a = new Attendance();
        a.created(BY);
        a.eventId = event.id;
        a.organizationId = organization.id;
        a.status = status;
        a.people = people;
        em.persist(a);
    }

    /** A report whose figures are what the municipality's demo records show for its period. */
    private StatusReport report(
            NetworkEvent event, Organization organization, Instant from, String progress, String next, String help) {
        Instant to = event.startsAt.minusSeconds(86_400);
        StatusReport r = new StatusReport();
        r.created(BY);
        // Submitted the day before the status update.
        r.createdAt = to;
        r.updatedAt = to;
        r.eventId = event.id;
        r.organizationId = organization.id;
        r.coversFrom = from;
        r.coversTo = to;
        r.progress = progress;
        r.nextSteps = next;
        r.helpNeeded = help;
        List<ProjectActivity.StatusChange> projects = em.createQuery(
                        "from StarterProject p where p.organizationId = :o order by p.title", StarterProject.class)
                .setParameter("o", organization.id)
                .setMaxResults(2)
                .getResultStream()
                .map(p -> new ProjectActivity.StatusChange(p.id, p.title, p.status, to))
                .toList();
        List<WorkshopHeld> workshops = em.createQuery(
                        "from Workshop w where w.organizationId = :o and w.status = :held and w.endsAt > :from"
                                + " and w.endsAt <= :to order by w.startsAt",
                        Workshop.class)
                .setParameter("o", organization.id)
                .setParameter("held", WorkshopStatus.HELD)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .map(w -> new WorkshopHeld(w.id, w.title, w.startsAt, w.endsAt))
                .toList();
        r.figures = new StatusFigures(projects, List.of(), List.of(), workshops);
        em.persist(r);
        return r;
    }
}
