package city.circular.hub.demo;

import city.circular.hub.common.Visibility;
import city.circular.hub.organization.OrganizationRepository;
import city.circular.hub.project.Confidence;
import city.circular.hub.project.Measure;
import city.circular.hub.project.MeasureStatus;
import city.circular.hub.project.ProjectParty;
import city.circular.hub.project.ProjectStatus;
import city.circular.hub.project.Raci;
import city.circular.hub.project.StarterProject;
import city.circular.hub.stakeholder.Stakeholder;
import city.circular.hub.strategy.Strategy;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Musterstadt's starter projects in construction and food, in implementation, with measures, steps and impact
 * estimates. Added once, after the stakeholder register exists.
 */
@ApplicationScoped
public class ProjectDemo {

    private static final String BY = "demo-data";

    private final boolean enabled;
    private final OrganizationRepository organizations;
    private final EntityManager em;

    public ProjectDemo(
            @ConfigProperty(name = "cch.demo-data") boolean enabled,
            OrganizationRepository organizations,
            EntityManager em) {
        this.enabled = enabled;
        this.organizations = organizations;
        this.em = em;
    }

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 150) StartupEvent event) {
        if (!enabled) {
            return;
        }
        var musterstadt = organizations.findBySlug("musterstadt").orElse(null);
        if (musterstadt == null) {
            return;
        }
        UUID owner = musterstadt.id;
        long existing = em.createQuery("select count(p) from StarterProject p where p.organizationId = :o", Long.class)
                .setParameter("o", owner)
                .getSingleResult();
        List<Strategy> strategy = em.createQuery(
                        "from Strategy s where s.organizationId = :o and s.title = :t", Strategy.class)
                .setParameter("o", owner)
                .setParameter("t", "Kreislaufstadt Musterstadt 2030")
                .getResultList();
        if (existing > 0 || strategy.isEmpty()) {
            return;
        }
        UUID strategyId = strategy.getFirst().id;

        StarterProject bau = project(
                owner,
                strategyId,
                "Bauteilbörse Musterstadt",
                "Bauteile aus kommunalem Rückbau erfassen und über eine regionale Börse wiederverwenden.",
                "CONSTRUCTION_BUILDINGS",
                "2026-03-01",
                "2027-12-31",
                "480000",
                "EFRE/ERDF");
        party(bau, "Hochbauamt", Raci.RESPONSIBLE);
        party(bau, "Handwerkskammer Musterstadt", Raci.CONSULTED);
        party(bau, "Bauunternehmen Stein & Partner GmbH", Raci.INFORMED);
        measure(
                bau,
                0,
                "Rückbau Grundschule Nord: Bauteilkatalog",
                MeasureStatus.DONE,
                "35000",
                "85",
                "Ökobaudat: vermiedener Neubeton",
                Confidence.MEDIUM,
                null,
                "220",
                "0",
                List.of(new Measure.Step("Bestandsaufnahme", true), new Measure.Step("Katalog veröffentlicht", true)));
        measure(
                bau,
                1,
                "Online-Börse und Zwischenlager",
                MeasureStatus.IN_PROGRESS,
                "120000",
                "140",
                "Schätzung nach Vermittlungsmenge",
                Confidence.LOW,
                null,
                "400",
                "60",
                List.of(
                        new Measure.Step("Lager gefunden", true), new Measure.Step("Plattform beauftragt", true),
                        new Measure.Step("Plattform live", false), new Measure.Step("100 Vermittlungen", false)));

        StarterProject essen = project(
                owner,
                strategyId,
                "Klimafreundliche Schulverpflegung",
                "Weniger Lebensmittelabfälle und regionale, saisonale Menüs in 40 Schulmensen.",
                "FOOD_NUTRITION",
                "2026-01-15",
                "2027-07-31",
                "150000",
                "Landesprogramm Ernährungswende");
        party(essen, "Amt für Schulen und Kitas (Verpflegung)", Raci.RESPONSIBLE);
        party(essen, "Foodsharing Musterstadt e.V.", Raci.CONSULTED);
        measure(
                essen,
                0,
                "Abfallmessung in 10 Pilotmensen",
                MeasureStatus.IN_PROGRESS,
                "18000",
                "42",
                "Abfallmenge × Emissionsfaktor (WWF)",
                Confidence.MEDIUM,
                "35",
                null,
                null,
                List.of(new Measure.Step("Waagen beschafft", true), new Measure.Step("3 Monate gemessen", false)));
        measure(
                essen,
                1,
                "Abwärme der Großküche für Warmwasser",
                MeasureStatus.PLANNED,
                "60000",
                "25",
                "Eingesparte Gasmenge",
                Confidence.HIGH,
                null,
                null,
                null,
                List.of());
        Measure heat = em.createQuery("from Measure m where m.projectId = :p and m.position = 1", Measure.class)
                .setParameter("p", essen.id)
                .getSingleResult();
        heat.energyCarrierFrom = "Erdgas";
        heat.energyCarrierTo = "Abwärme";
        heat.energyReplacedMwhPerYear = new BigDecimal("120");
        heat.renewableMwhPerYear = new BigDecimal("0");
    }

    private StarterProject project(
            UUID owner,
            UUID strategyId,
            String title,
            String summary,
            String field,
            String start,
            String planned,
            String budget,
            String funding) {
        StarterProject p = new StarterProject();
        p.created(owner, BY);
        p.strategyId = strategyId;
        p.title = title;
        p.summary = summary;
        p.fieldsOfAction = new ArrayList<>(List.of(field));
        p.status = ProjectStatus.IMPLEMENTATION;
        p.startDate = LocalDate.parse(start);
        p.plannedCompletion = LocalDate.parse(planned);
        p.budgetPlanned = new BigDecimal(budget);
        p.fundingSource = funding;
        p.visibility = Visibility.NETWORK;
        em.persist(p);
        return p;
    }

    private void party(StarterProject project, String stakeholderName, Raci role) {
        List<Stakeholder> found = em.createQuery(
                        "from Stakeholder s where s.organizationId = :o and s.name = :n", Stakeholder.class)
                .setParameter("o", project.organizationId)
                .setParameter("n", stakeholderName)
                .getResultList();
        if (found.isEmpty()) {
            return;
        }
        ProjectParty party = new ProjectParty();
        party.id = UUID.randomUUID();
        party.projectId = project.id;
        party.stakeholderId = found.getFirst().id;
        party.role = role;
        em.persist(party);
    }

    private void measure(
            StarterProject project,
            int position,
            String title,
            MeasureStatus status,
            String cost,
            String co2,
            String method,
            Confidence confidence,
            String avoided,
            String reused,
            String recycled,
            List<Measure.Step> steps) {
        Measure m = new Measure();
        m.created(BY);
        m.projectId = project.id;
        m.position = position;
        m.title = title;
        m.status = status;
        m.cost = new BigDecimal(cost);
        m.co2eTonnesPerYear = new BigDecimal(co2);
        m.co2eMethod = method;
        m.co2eConfidence = confidence;
        m.materialAvoidedT = avoided == null ? null : new BigDecimal(avoided);
        m.materialReusedT = reused == null ? null : new BigDecimal(reused);
        m.materialRecycledT = recycled == null ? null : new BigDecimal(recycled);
        m.steps = new ArrayList<>(steps);
        em.persist(m);
        em.flush();
    }
}
