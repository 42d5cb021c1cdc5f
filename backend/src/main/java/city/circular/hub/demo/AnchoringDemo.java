package city.circular.hub.demo;

import city.circular.hub.anchoring.CouncilDecision;
import city.circular.hub.anchoring.FollowGroup;
import city.circular.hub.anchoring.FollowGroupMeeting;
import city.circular.hub.common.Visibility;
import city.circular.hub.network.AdvisorAssignment;
import city.circular.hub.network.AdvisorCheckIn;
import city.circular.hub.network.CheckInFormat;
import city.circular.hub.network.Network;
import city.circular.hub.organization.Organization;
import city.circular.hub.organization.OrganizationRepository;
import city.circular.hub.strategy.Strategy;
import city.circular.hub.strategy.StrategyStatus;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The consortium's innovation advisor (Nora Netz of the coordinator, who signs in as network-coordinator) assigned
 * to Musterstadt with two check-ins; Musterstadt's council decision that adopted its strategy, linked from the
 * adoption; and its politicians' follow group with two meetings. Added once, after the networks exist.
 */
@ApplicationScoped
public class AnchoringDemo {

    static final String ADVISOR = "network-coordinator";
    static final String FOLLOW_GROUP = "Politische Begleitgruppe Kreislaufstadt";
    private static final String BY = "demo-data";

    private final boolean enabled;
    private final OrganizationRepository organizations;
    private final EntityManager em;

    public AnchoringDemo(
            @ConfigProperty(name = "cch.demo-data") boolean enabled,
            OrganizationRepository organizations,
            EntityManager em) {
        this.enabled = enabled;
        this.organizations = organizations;
        this.em = em;
    }

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 500) StartupEvent event) {
        if (!enabled) {
            return;
        }
        Organization musterstadt = organizations.findBySlug("musterstadt").orElse(null);
        Organization coordinator =
                organizations.findBySlug("kreislauf-netzwerk").orElse(null);
        List<Network> consortium = em.createQuery("from Network n where n.name = :name", Network.class)
                .setParameter("name", NetworkDemo.CONSORTIUM)
                .getResultList();
        if (musterstadt == null || coordinator == null || consortium.isEmpty() || alreadyLoaded(musterstadt)) {
            return;
        }
        advisor(consortium.getFirst(), coordinator, musterstadt);
        decision(musterstadt);
        followGroup(musterstadt);
        em.flush();
    }

    private boolean alreadyLoaded(Organization musterstadt) {
        return em.createQuery("select count(g) from FollowGroup g where g.organizationId = :o", Long.class)
                        .setParameter("o", musterstadt.id)
                        .getSingleResult()
                > 0;
    }

    private void advisor(Network network, Organization coordinator, Organization musterstadt) {
        AdvisorAssignment a = new AdvisorAssignment();
        a.created(BY);
        a.networkId = network.id;
        a.municipalityId = musterstadt.id;
        a.advisorOrganizationId = coordinator.id;
        a.advisorUsername = ADVISOR;
        a.advisorName = "Nora Netz";
        // Dated from today, so that the portfolio always shows a past check-in and an upcoming follow-up.
        LocalDate today = LocalDate.now(musterstadt.zone());
        a.startsOn = today.minusDays(90);
        a.endsOn = today.plusDays(365);
        a.note = "Innovationsberatung für die Starterprojekte im Bauen";
        em.persist(a);
        em.flush();
        checkIn(
                a,
                today.minusDays(56),
                CheckInFormat.ON_SITE,
                "Auftakt, Stand der Strategie, Auswahl der Starterprojekte",
                "Bauteilbörse und Materialkataster werden die ersten Starterprojekte.",
                "Kostenschätzung für das Materialkataster",
                today.minusDays(21));
        checkIn(
                a,
                today.minusDays(21),
                CheckInFormat.VIDEO,
                "Kostenschätzung, Fördermöglichkeiten",
                "Antrag im Förderaufruf Kommunale Kreislaufwirtschaft bis Ende April.",
                "Entwurf des Antrags an die Beraterin",
                today.plusDays(14));
    }

    private void checkIn(
            AdvisorAssignment a,
            LocalDate on,
            CheckInFormat format,
            String topics,
            String agreements,
            String nextSteps,
            LocalDate followUp) {
        AdvisorCheckIn c = new AdvisorCheckIn();
        c.created(BY);
        c.assignmentId = a.id;
        c.heldOn = on;
        c.format = format;
        c.topics = topics;
        c.agreements = agreements;
        c.nextSteps = nextSteps;
        c.followUpOn = followUp;
        em.persist(c);
    }

    private void decision(Organization musterstadt) {
        List<Strategy> adopted = em.createQuery(
                        "from Strategy s where s.organizationId = :o and s.status = :adopted", Strategy.class)
                .setParameter("o", musterstadt.id)
                .setParameter("adopted", StrategyStatus.ADOPTED)
                .getResultList();
        CouncilDecision d = new CouncilDecision();
        d.created(musterstadt.id, BY);
        d.body = "Rat der Stadt Musterstadt";
        d.decidedOn = LocalDate.of(2025, 6, 26);
        d.reference = "Drucksache 0815/2025";
        d.subject = "Beschluss der Kreislaufwirtschaftsstrategie Kreislaufstadt Musterstadt 2030";
        d.link = "https://ratsinfo.musterstadt.example/vorlagen/0815-2025";
        d.visibility = Visibility.NETWORK;
        if (!adopted.isEmpty()) {
            d.strategyId = adopted.getFirst().id;
        }
        em.persist(d);
        em.flush();
        adopted.forEach(s -> s.decisionId = d.id);
    }

    private void followGroup(Organization musterstadt) {
        FollowGroup g = new FollowGroup();
        g.created(musterstadt.id, BY);
        g.name = FOLLOW_GROUP;
        g.description = "Je eine Vertreterin oder ein Vertreter der Ratsfraktionen begleitet die Umsetzung.";
        g.visibility = Visibility.PRIVATE;
        em.persist(g);
        em.flush();
        meeting(g, LocalDate.of(2026, 2, 24), "Starterprojekte, Zeitplan", "Die Fraktionen tragen die Auswahl mit.");
        meeting(g, LocalDate.of(2026, 5, 12), "Förderantrag, erste Ergebnisse der Bauteilbörse", null);
    }

    private void meeting(FollowGroup g, LocalDate on, String topics, String notes) {
        FollowGroupMeeting m = new FollowGroupMeeting();
        m.created(BY);
        m.followGroupId = g.id;
        m.heldOn = on;
        m.topics = topics;
        m.notes = notes;
        em.persist(m);
    }
}
