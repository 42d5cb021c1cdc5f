package city.circular.hub.demo;

import city.circular.hub.common.Visibility;
import city.circular.hub.organization.OrganizationRepository;
import city.circular.hub.project.StarterProject;
import city.circular.hub.stakeholder.Stakeholder;
import city.circular.hub.strategy.Strategy;
import city.circular.hub.workshop.AgendaItem;
import city.circular.hub.workshop.Facilitator;
import city.circular.hub.workshop.FollowUp;
import city.circular.hub.workshop.Outcome;
import city.circular.hub.workshop.OutcomeType;
import city.circular.hub.workshop.Participant;
import city.circular.hub.workshop.ParticipantStatus;
import city.circular.hub.workshop.Workshop;
import city.circular.hub.workshop.WorkshopFormat;
import city.circular.hub.workshop.WorkshopPurpose;
import city.circular.hub.workshop.WorkshopStatus;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Musterstadt's two workshops of 2026: the kick-off of its strategy and the project development for construction
 * and food, each with about 30 organisations of its register, an agenda, outcomes, minutes and follow-ups (one of
 * them overdue). The project proposals are linked to the starter projects they became. Added once, after the
 * register and the starter projects exist.
 */
@ApplicationScoped
public class WorkshopDemo {

    static final String KICK_OFF = "Auftaktworkshop Kreislaufstadt Musterstadt";
    static final String PROJECT_DEVELOPMENT = "Projektentwicklung: Zirkuläres Bauen und Ernährung";
    private static final String BY = "demo-data";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final boolean enabled;
    private final OrganizationRepository organizations;
    private final EntityManager em;

    public WorkshopDemo(
            @ConfigProperty(name = "cch.demo-data") boolean enabled,
            OrganizationRepository organizations,
            EntityManager em) {
        this.enabled = enabled;
        this.organizations = organizations;
        this.em = em;
    }

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 200) StartupEvent event) {
        if (!enabled) {
            return;
        }
        var musterstadt = organizations.findBySlug("musterstadt").orElse(null);
        if (musterstadt == null) {
            return;
        }
        UUID owner = musterstadt.id;
        long existing = em.createQuery("select count(w) from Workshop w where w.organizationId = :o", Long.class)
                .setParameter("o", owner)
                .getSingleResult();
        List<Strategy> strategy = em.createQuery(
                        "from Strategy s where s.organizationId = :o and s.title = :t", Strategy.class)
                .setParameter("o", owner)
                .setParameter("t", "Kreislaufstadt Musterstadt 2030")
                .getResultList();
        List<Stakeholder> register = em.createQuery(
                        "from Stakeholder s where s.organizationId = :o order by s.name", Stakeholder.class)
                .setParameter("o", owner)
                .getResultList();
        if (existing > 0 || strategy.isEmpty() || register.size() < 30) {
            return;
        }
        Map<String, Stakeholder> byName =
                register.stream().collect(Collectors.toMap(s -> s.name, Function.identity(), (a, b) -> a));
        kickOff(owner, strategy.getFirst(), register, byName);
        projectDevelopment(owner, strategy.getFirst(), register, byName);
    }

    private void kickOff(UUID owner, Strategy strategy, List<Stakeholder> register, Map<String, Stakeholder> byName) {
        Workshop w = workshop(
                owner,
                strategy,
                KICK_OFF,
                WorkshopPurpose.KICK_OFF,
                WorkshopFormat.IN_PERSON,
                LocalDateTime.of(2026, 2, 12, 9, 0),
                LocalDateTime.of(2026, 2, 12, 13, 0),
                "Rathaus Musterstadt, Ratssaal",
                null,
                35);
        w.minutes = "Oberbürgermeisterin eröffnet; das Wuppertal Institut stellt den Modellansatz vor. Im World Café "
                + "sammeln 28 Organisationen Ideen in fünf Handlungsfeldern. Bauen und Ernährung erhalten die "
                + "meisten Punkte; die Stadt lädt im April zur Projektentwicklung für beide Felder ein.";
        em.persist(w);
        facilitator(w, 1, null, "Wuppertal Institut", "Moderation");
        facilitator(w, 2, byName.get("Amt für Umwelt und Klimaschutz"), null, "Gastgeber");
        agenda(
                w,
                item("Begrüßung durch die Oberbürgermeisterin", 15, null, "Oberbürgermeisterin", null),
                item(
                        "Impuls: Kreislaufwirtschaft in Musterstadt",
                        30,
                        "Vortrag",
                        "Wuppertal Institut",
                        "Gemeinsames Verständnis"),
                item("Handlungsfelder erkunden", 75, "World Café", "Wuppertal Institut", "Ideenliste je Handlungsfeld"),
                item("Pause", 20, null, null, null),
                item("Ideen priorisieren", 60, "Punktabfrage", "Wirtschaftsförderung", "Priorisierte Ideen"),
                item("Nächste Schritte", 20, null, "Wirtschaftsförderung", "Termin Projektentwicklung"));
        // 30 organisations of the register took part; two did not come.
        List<Stakeholder> invited = register.subList(0, 30);
        for (int i = 0; i < invited.size(); i++) {
            participant(w, invited.get(i), i % 15 == 7 ? ParticipantStatus.NO_SHOW : ParticipantStatus.ATTENDED);
        }
        outcome(w, OutcomeType.IDEA, "Bauteilbörse für Rückbaumaterial aus städtischen Gebäuden", 19, 1);
        outcome(w, OutcomeType.IDEA, "Regionale, saisonale Menüs in Schulmensen und Kitas", 16, 2);
        outcome(w, OutcomeType.IDEA, "Lebensmittelretter-Netz zwischen Bäckereien und Tafeln", 11, 3);
        outcome(w, OutcomeType.IDEA, "Reparaturbonus für Haushaltsgeräte", 8, null);
        outcome(
                w,
                OutcomeType.GOAL_PROPOSAL,
                "Bis 2030 die Hälfte des kommunalen Rückbaumaterials wiederverwenden",
                14,
                1);
        outcome(w, OutcomeType.DECISION, "Projektentwicklung im April für Bauen und Ernährung", 0, null);
        outcome(w, OutcomeType.OPEN_QUESTION, "Wer betreibt ein Zwischenlager für Bauteile?", 0, null);
        followUp(
                w,
                "Protokoll und Fotoprotokoll an alle Teilnehmenden versenden",
                "Wirtschaftsförderung",
                "2026-02-26",
                true);
        followUp(
                w,
                "Ideenliste im Ausschuss für Umwelt und Stadtentwicklung vorstellen",
                "Amt für Umwelt",
                "2026-03-19",
                true);
    }

    private void projectDevelopment(
            UUID owner, Strategy strategy, List<Stakeholder> register, Map<String, Stakeholder> byName) {
        Workshop w = workshop(
                owner,
                strategy,
                PROJECT_DEVELOPMENT,
                WorkshopPurpose.PROJECT_DEVELOPMENT,
                WorkshopFormat.HYBRID,
                LocalDateTime.of(2026, 4, 23, 14, 0),
                LocalDateTime.of(2026, 4, 23, 17, 30),
                "Technologiezentrum Musterstadt, Saal 2",
                "https://meet.musterstadt.example/projektentwicklung",
                30);
        w.minutes =
                "Zwei Arbeitsgruppen entwickeln Projektskizzen. Bauen: Bauteilbörse mit Zwischenlager, getragen vom "
                        + "Hochbauamt mit Handwerkskammer und Bauunternehmen. Ernährung: klimafreundliche Schulverpflegung "
                        + "mit dem Amt für Schulen und Kitas. Offene Frage: Finanzierung des Lagers.";
        em.persist(w);
        facilitator(w, 1, null, "Wuppertal Institut", "Moderation");
        facilitator(w, 2, byName.get("Hochschule Musterstadt, Fachbereich Bauingenieurwesen"), null, "AG Bauen");
        facilitator(w, 3, byName.get("Verbraucherzentrale Beratungsstelle"), null, "AG Ernährung");
        agenda(
                w,
                item("Rückblick auf den Auftakt", 15, null, "Wirtschaftsförderung", null),
                item(
                        "Arbeitsgruppen Bauen und Ernährung",
                        90,
                        "Projektskizzen (Canvas)",
                        "AG-Leitungen",
                        "Zwei Skizzen"),
                item("Pause", 15, null, null, null),
                item("Vorstellung und Feedback", 60, "Galerie", "Wuppertal Institut", "Überarbeitete Skizzen"),
                item("Verabredungen", 30, null, "Wirtschaftsförderung", "Verantwortliche und Termine"));
        List<Stakeholder> invited = register.subList(register.size() - 30, register.size());
        for (int i = 0; i < invited.size(); i++) {
            ParticipantStatus status = switch (i % 10) {
                case 3 -> ParticipantStatus.NO_SHOW;
                case 8 -> i > 20 ? ParticipantStatus.CANCELLED : ParticipantStatus.ATTENDED;
                default -> ParticipantStatus.ATTENDED;
            };
            participant(w, invited.get(i), status);
        }
        Outcome bau = outcome(
                w,
                OutcomeType.PROJECT_PROPOSAL,
                "Bauteilbörse Musterstadt: Bauteile aus kommunalem Rückbau erfassen, zwischenlagern und vermitteln",
                22,
                1);
        Outcome essen = outcome(
                w,
                OutcomeType.PROJECT_PROPOSAL,
                "Klimafreundliche Schulverpflegung: weniger Abfall, regionale und saisonale Menüs in 40 Mensen",
                18,
                1);
        outcome(w, OutcomeType.IDEA, "Rezyklat-Quote in Ausschreibungen des Hochbauamts", 9, 2);
        outcome(w, OutcomeType.IDEA, "Kantinen-Netzwerk für übrig gebliebene Speisen", 7, 3);
        outcome(w, OutcomeType.RISK, "Kein geeignetes Zwischenlager vor 2027", 0, 2);
        outcome(w, OutcomeType.DECISION, "Beide Skizzen gehen als Starterprojekte in den Ausschuss", 0, null);
        outcome(w, OutcomeType.OPEN_QUESTION, "Förderung des Lagers über EFRE möglich?", 0, null);
        linkToProject(w, bau, "Bauteilbörse Musterstadt");
        linkToProject(w, essen, "Klimafreundliche Schulverpflegung");
        followUp(w, "Projektskizzen in Starterprojekte übertragen", "Wirtschaftsförderung", "2026-05-08", true);
        followUp(w, "Fördermöglichkeiten für das Bauteillager klären", "Hochbauamt", "2026-05-29", false);
        // Still open, and due ahead of whenever the demo is loaded, so that exactly one task shows as overdue.
        followUp(
                w,
                "Zwischenbericht im Netzwerk Kreislaufstädte",
                "Wirtschaftsförderung",
                LocalDate.now(BERLIN).plusMonths(2).toString(),
                false);
    }

    private Workshop workshop(
            UUID owner,
            Strategy strategy,
            String title,
            WorkshopPurpose purpose,
            WorkshopFormat format,
            LocalDateTime starts,
            LocalDateTime ends,
            String place,
            String onlineLink,
            int capacity) {
        Workshop w = new Workshop();
        w.created(owner, BY);
        w.strategyId = strategy.id;
        w.title = title;
        w.purpose = purpose;
        w.format = format;
        w.timeZone = BERLIN.getId();
        w.startsAt = starts.atZone(BERLIN).toInstant();
        w.endsAt = ends.atZone(BERLIN).toInstant();
        w.place = place;
        w.onlineLink = onlineLink;
        w.capacity = capacity;
        w.status = WorkshopStatus.HELD;
        w.visibility = Visibility.NETWORK;
        return w;
    }

    private void facilitator(Workshop w, int position, Stakeholder stakeholder, String organization, String role) {
        if (stakeholder == null && organization == null) {
            return;
        }
        Facilitator f = new Facilitator();
        f.id = UUID.randomUUID();
        f.workshopId = w.id;
        f.position = position;
        f.stakeholderId = stakeholder == null ? null : stakeholder.id;
        f.organizationName = stakeholder == null ? organization : null;
        f.role = role;
        em.persist(f);
    }

    private record Item(String title, int minutes, String method, String responsible, String output) {}

    private static Item item(String title, int minutes, String method, String responsible, String output) {
        return new Item(title, minutes, method, responsible, output);
    }

    private void agenda(Workshop w, Item... items) {
        for (int i = 0; i < items.length; i++) {
            AgendaItem a = new AgendaItem();
            a.id = UUID.randomUUID();
            a.workshopId = w.id;
            a.position = i + 1;
            a.title = items[i].title();
            a.durationMinutes = items[i].minutes();
            a.method = items[i].method();
            a.responsible = items[i].responsible();
            a.expectedOutput = items[i].output();
            em.persist(a);
        }
    }

    private void participant(Workshop w, Stakeholder stakeholder, ParticipantStatus status) {
        Participant p = new Participant();
        p.created(BY);
        p.workshopId = w.id;
        p.stakeholderId = stakeholder.id;
        p.status = status;
        em.persist(p);
    }

    private Outcome outcome(Workshop w, OutcomeType type, String text, int votes, Integer priority) {
        Outcome o = new Outcome();
        o.created(BY);
        o.workshopId = w.id;
        o.type = type;
        o.text = text;
        o.votes = votes;
        o.priority = priority == null ? null : priority.shortValue();
        em.persist(o);
        return o;
    }

    /** The demo projects were written from these proposals; the link shows where they came from, both ways. */
    private void linkToProject(Workshop w, Outcome outcome, String projectTitle) {
        List<StarterProject> projects = em.createQuery(
                        "from StarterProject p where p.organizationId = :o and p.title = :t"
                                + " and p.originOutcomeId is null",
                        StarterProject.class)
                .setParameter("o", w.organizationId)
                .setParameter("t", projectTitle)
                .getResultList();
        if (projects.isEmpty()) {
            return;
        }
        StarterProject project = projects.getFirst();
        project.originOutcomeId = outcome.id;
        project.originNote =
                "Workshop \"" + w.title + "\", " + w.startsAt.atZone(BERLIN).toLocalDate();
        outcome.convertedToProject(project.id);
    }

    private void followUp(Workshop w, String title, String owner, String due, boolean done) {
        FollowUp f = new FollowUp();
        f.created(BY);
        f.workshopId = w.id;
        f.title = title;
        f.owner = owner;
        f.dueDate = LocalDate.parse(due);
        f.done = done;
        em.persist(f);
    }
}
