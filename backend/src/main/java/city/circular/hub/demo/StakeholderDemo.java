package city.circular.hub.demo;

import city.circular.hub.common.Visibility;
import city.circular.hub.organization.OrganizationRepository;
import city.circular.hub.stakeholder.AnalysisMethod;
import city.circular.hub.stakeholder.AnalysisStatus;
import city.circular.hub.stakeholder.Engagement;
import city.circular.hub.stakeholder.Sector;
import city.circular.hub.stakeholder.Stakeholder;
import city.circular.hub.stakeholder.StakeholderAnalysis;
import city.circular.hub.stakeholder.StakeholderRating;
import city.circular.hub.strategy.Strategy;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Musterstadt's stakeholder register (about 30 organisations across every sector) and two analyses of its
 * strategy, 2024 and 2026, so that the grid shows movement. Added once, after the demo organizations exist.
 */
@ApplicationScoped
public class StakeholderDemo {

    private static final String BY = "demo-data";

    /** name, sector, fields of action, then power/interest/attitude/current/desired in 2024 and in 2026. */
    private record Row(
            String name,
            Sector sector,
            List<String> fields,
            int[] before,
            Engagement[] engagedBefore,
            int[] after,
            Engagement[] engagedAfter) {}

    private final boolean enabled;
    private final OrganizationRepository organizations;
    private final EntityManager em;

    public StakeholderDemo(
            @ConfigProperty(name = "cch.demo-data") boolean enabled,
            OrganizationRepository organizations,
            EntityManager em) {
        this.enabled = enabled;
        this.organizations = organizations;
        this.em = em;
    }

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 50) StartupEvent event) {
        if (!enabled) {
            return;
        }
        var musterstadt = organizations.findBySlug("musterstadt").orElse(null);
        if (musterstadt == null) {
            return;
        }
        Long existing = em.createQuery("select count(s) from Stakeholder s where s.organizationId = :o", Long.class)
                .setParameter("o", musterstadt.id)
                .getSingleResult();
        List<Strategy> strategies = em.createQuery(
                        "from Strategy s where s.organizationId = :o and s.title = :t", Strategy.class)
                .setParameter("o", musterstadt.id)
                .setParameter("t", "Kreislaufstadt Musterstadt 2030")
                .getResultList();
        if (existing > 0 || strategies.isEmpty()) {
            return;
        }
        UUID owner = musterstadt.id;
        StakeholderAnalysis first = analysis(
                owner,
                strategies.getFirst(),
                "Stakeholderanalyse 2024",
                2024,
                AnalysisMethod.INTERVIEWS,
                "Amt für Wirtschaftsförderung");
        StakeholderAnalysis second = analysis(
                owner,
                strategies.getFirst(),
                "Stakeholderanalyse 2026",
                2026,
                AnalysisMethod.WORKSHOP,
                "Wuppertal Institut");
        for (Row row : rows()) {
            Stakeholder s = new Stakeholder();
            s.created(owner, BY);
            s.name = row.name();
            s.sector = row.sector();
            s.fieldsOfAction = new ArrayList<>(row.fields());
            s.visibility = Visibility.PRIVATE;
            em.persist(s);
            if (row.before() != null) {
                rate(first, s, row.before(), row.engagedBefore());
            }
            rate(second, s, row.after(), row.engagedAfter());
        }
    }

    private StakeholderAnalysis analysis(
            UUID owner, Strategy strategy, String title, int year, AnalysisMethod method, String facilitator) {
        StakeholderAnalysis a = new StakeholderAnalysis();
        a.created(owner, BY);
        a.strategyId = strategy.id;
        a.title = title;
        a.method = method;
        a.conductedOn = LocalDate.of(year, 3, 15);
        a.status = AnalysisStatus.COMPLETED;
        a.facilitator = facilitator;
        em.persist(a);
        return a;
    }

    private void rate(StakeholderAnalysis analysis, Stakeholder stakeholder, int[] values, Engagement[] engagement) {
        StakeholderRating r = new StakeholderRating();
        r.created(BY);
        r.analysisId = analysis.id;
        r.stakeholderId = stakeholder.id;
        r.power = (short) values[0];
        r.interest = (short) values[1];
        r.attitude = (short) values[2];
        r.engagementCurrent = engagement[0];
        r.engagementDesired = engagement[1];
        em.persist(r);
    }

    private static Row row(
            String name,
            Sector sector,
            String fields,
            int[] before,
            String engagedBefore,
            int[] after,
            String engagedAfter) {
        return new Row(
                name,
                sector,
                List.of(fields.split(",")),
                before,
                engagement(engagedBefore),
                after,
                engagement(engagedAfter));
    }

    private static Engagement[] engagement(String pair) {
        if (pair == null) {
            return null;
        }
        String[] parts = pair.split(">");
        return new Engagement[] {Engagement.valueOf(parts[0]), Engagement.valueOf(parts[1])};
    }

    private static int[] r(int power, int interest, int attitude) {
        return new int[] {power, interest, attitude};
    }

    private static List<Row> rows() {
        final String c = "CONSTRUCTION_BUILDINGS";
        final String f = "FOOD_NUTRITION";
        final String p = "PROCUREMENT";
        final String w = "WASTE_RESOURCES";
        final String b = "BUSINESS_DEVELOPMENT";
        final String s = "STRATEGY";
        return List.of(
                row(
                        "Bauunternehmen Stein & Partner GmbH",
                        Sector.BUSINESS,
                        c,
                        r(4, 2, -1),
                        "RESISTANT>SUPPORTIVE",
                        r(4, 4, 1),
                        "NEUTRAL>SUPPORTIVE"),
                row(
                        "Musterstädter Brauerei AG",
                        Sector.BUSINESS,
                        f + "," + w,
                        r(3, 3, 1),
                        "NEUTRAL>SUPPORTIVE",
                        r(3, 4, 2),
                        "SUPPORTIVE>LEADING"),
                row(
                        "Textilpflege Weber KG",
                        Sector.BUSINESS,
                        w,
                        r(2, 3, 1),
                        "UNAWARE>NEUTRAL",
                        r(2, 4, 1),
                        "NEUTRAL>SUPPORTIVE"),
                row(
                        "Repair-Werkstatt Heil & Ganz",
                        Sector.BUSINESS,
                        w + "," + b,
                        r(1, 5, 2),
                        "SUPPORTIVE>LEADING",
                        r(2, 5, 2),
                        "LEADING>LEADING"),
                row(
                        "Logistikzentrum Rhein-Süd",
                        Sector.BUSINESS,
                        p + "," + w,
                        r(3, 1, 0),
                        "UNAWARE>NEUTRAL",
                        r(3, 2, 0),
                        "UNAWARE>NEUTRAL"),
                row("Bäckerei-Kette Goldkorn", Sector.BUSINESS, f, null, null, r(2, 3, 1), "NEUTRAL>SUPPORTIVE"),
                row(
                        "Industrie- und Handelskammer Musterstadt",
                        Sector.CHAMBER,
                        b + "," + s,
                        r(5, 3, 1),
                        "NEUTRAL>LEADING",
                        r(5, 4, 1),
                        "SUPPORTIVE>LEADING"),
                row(
                        "Handwerkskammer Musterstadt",
                        Sector.CHAMBER,
                        c + "," + b,
                        r(4, 3, 0),
                        "NEUTRAL>SUPPORTIVE",
                        r(4, 4, 1),
                        "SUPPORTIVE>LEADING"),
                row(
                        "Architektenkammer Bezirk Musterstadt",
                        Sector.CHAMBER,
                        c,
                        r(3, 4, 1),
                        "NEUTRAL>SUPPORTIVE",
                        r(3, 4, 2),
                        "SUPPORTIVE>SUPPORTIVE"),
                row(
                        "Einzelhandelsverband Musterstadt",
                        Sector.ASSOCIATION,
                        b + "," + p,
                        r(3, 2, -1),
                        "RESISTANT>NEUTRAL",
                        r(3, 2, 0),
                        "NEUTRAL>SUPPORTIVE"),
                row(
                        "DEHOGA Kreisverband",
                        Sector.ASSOCIATION,
                        f,
                        r(2, 3, 0),
                        "UNAWARE>SUPPORTIVE",
                        r(2, 3, 1),
                        "NEUTRAL>SUPPORTIVE"),
                row(
                        "Bauinnung Musterstadt",
                        Sector.ASSOCIATION,
                        c,
                        r(3, 2, -1),
                        "RESISTANT>NEUTRAL",
                        r(3, 3, 0),
                        "NEUTRAL>SUPPORTIVE"),
                row(
                        "Amt für Umwelt und Klimaschutz",
                        Sector.ADMINISTRATION,
                        s + "," + w,
                        r(4, 5, 2),
                        "SUPPORTIVE>LEADING",
                        r(4, 5, 2),
                        "LEADING>LEADING"),
                row(
                        "Zentrale Vergabestelle",
                        Sector.ADMINISTRATION,
                        p,
                        r(4, 2, 0),
                        "UNAWARE>SUPPORTIVE",
                        r(4, 4, 1),
                        "NEUTRAL>LEADING"),
                row(
                        "Hochbauamt",
                        Sector.ADMINISTRATION,
                        c + "," + p,
                        r(4, 3, 0),
                        "NEUTRAL>SUPPORTIVE",
                        r(4, 3, 1),
                        "NEUTRAL>SUPPORTIVE"),
                row(
                        "Amt für Schulen und Kitas (Verpflegung)",
                        Sector.ADMINISTRATION,
                        f + "," + p,
                        r(3, 3, 1),
                        "NEUTRAL>SUPPORTIVE",
                        r(3, 4, 1),
                        "SUPPORTIVE>SUPPORTIVE"),
                row(
                        "Hochschule Musterstadt, Fachbereich Bauingenieurwesen",
                        Sector.UNIVERSITY_RESEARCH,
                        c,
                        r(2, 4, 2),
                        "SUPPORTIVE>LEADING",
                        r(2, 5, 2),
                        "SUPPORTIVE>LEADING"),
                row(
                        "Institut für Kreislaufwirtschaft e.V.",
                        Sector.UNIVERSITY_RESEARCH,
                        w + "," + s,
                        r(2, 5, 2),
                        "LEADING>LEADING",
                        r(3, 5, 2),
                        "LEADING>LEADING"),
                row(
                        "Berufskolleg Technik",
                        Sector.UNIVERSITY_RESEARCH,
                        c + "," + b,
                        null,
                        null,
                        r(1, 3, 1),
                        "UNAWARE>SUPPORTIVE"),
                row(
                        "Foodsharing Musterstadt e.V.",
                        Sector.CIVIL_SOCIETY,
                        f,
                        r(1, 5, 2),
                        "SUPPORTIVE>SUPPORTIVE",
                        r(1, 5, 2),
                        "LEADING>LEADING"),
                row(
                        "BUND Ortsgruppe Musterstadt",
                        Sector.CIVIL_SOCIETY,
                        w + "," + s,
                        r(2, 5, 1),
                        "SUPPORTIVE>SUPPORTIVE",
                        r(2, 5, 1),
                        "SUPPORTIVE>SUPPORTIVE"),
                row(
                        "Repair-Café Nordstadt",
                        Sector.CIVIL_SOCIETY,
                        w,
                        r(1, 4, 2),
                        "SUPPORTIVE>LEADING",
                        r(1, 4, 2),
                        "SUPPORTIVE>LEADING"),
                row(
                        "Verbraucherzentrale Beratungsstelle",
                        Sector.CIVIL_SOCIETY,
                        f + "," + w,
                        r(2, 3, 1),
                        "NEUTRAL>SUPPORTIVE",
                        r(2, 3, 1),
                        "NEUTRAL>SUPPORTIVE"),
                row(
                        "Ratsfraktion Grüne",
                        Sector.POLITICS,
                        s,
                        r(4, 5, 2),
                        "SUPPORTIVE>LEADING",
                        r(4, 5, 2),
                        "SUPPORTIVE>LEADING"),
                row(
                        "Ratsfraktion CDU",
                        Sector.POLITICS,
                        s + "," + b,
                        r(5, 2, -1),
                        "RESISTANT>NEUTRAL",
                        r(5, 3, 0),
                        "NEUTRAL>SUPPORTIVE"),
                row(
                        "Ausschuss für Umwelt und Stadtentwicklung",
                        Sector.POLITICS,
                        s,
                        r(5, 4, 1),
                        "NEUTRAL>SUPPORTIVE",
                        r(5, 4, 1),
                        "SUPPORTIVE>SUPPORTIVE"),
                row(
                        "Stadtwerke Musterstadt",
                        Sector.UTILITY,
                        w + "," + c,
                        r(5, 3, 0),
                        "NEUTRAL>LEADING",
                        r(5, 4, 1),
                        "SUPPORTIVE>LEADING"),
                row(
                        "Abfallwirtschaftsbetrieb Musterstadt (AWB)",
                        Sector.UTILITY,
                        w,
                        r(4, 4, 1),
                        "SUPPORTIVE>LEADING",
                        r(4, 5, 2),
                        "LEADING>LEADING"),
                row(
                        "Sparkasse Musterstadt",
                        Sector.FINANCE,
                        b,
                        r(4, 2, 0),
                        "UNAWARE>SUPPORTIVE",
                        r(4, 3, 1),
                        "NEUTRAL>SUPPORTIVE"),
                row(
                        "Volksbank Rhein-Süd",
                        Sector.FINANCE,
                        b,
                        r(3, 1, 0),
                        "UNAWARE>NEUTRAL",
                        r(3, 2, 0),
                        "UNAWARE>NEUTRAL"),
                row(
                        "Bürgerstiftung Musterstadt",
                        Sector.FINANCE,
                        s + "," + f,
                        null,
                        null,
                        r(2, 3, 1),
                        "NEUTRAL>SUPPORTIVE"));
    }
}
