package city.circular.hub.demo;

import city.circular.hub.common.Visibility;
import city.circular.hub.organization.Organization;
import city.circular.hub.organization.OrganizationRepository;
import city.circular.hub.practice.CommentKind;
import city.circular.hub.practice.FiguresBasis;
import city.circular.hub.practice.Maturity;
import city.circular.hub.practice.PopulationBand;
import city.circular.hub.practice.Practice;
import city.circular.hub.practice.PracticeAdoption;
import city.circular.hub.practice.PracticeComment;
import city.circular.hub.practice.PracticeStatus;
import city.circular.hub.practice.RegionType;
import city.circular.hub.project.ProjectStatus;
import city.circular.hub.project.StarterProject;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A dozen good practices in German (Musterstadt, two of them drawn from its demo projects) and Danish (Eksempelby),
 * published to the network or everyone; Eksempelby adopted two of Musterstadt's into starter projects of its own and
 * asked a question that Musterstadt answered. Added once, after the projects exist.
 */
@ApplicationScoped
public class PracticeDemo {

    static final String BAUTEILBOERSE = "Bauteilbörse Musterstadt";
    static final String REPAIR_CAFE = "Repair-Café in der Stadtbibliothek";
    private static final String BY = "demo-data";

    private final boolean enabled;
    private final OrganizationRepository organizations;
    private final EntityManager em;

    public PracticeDemo(
            @ConfigProperty(name = "cch.demo-data") boolean enabled,
            OrganizationRepository organizations,
            EntityManager em) {
        this.enabled = enabled;
        this.organizations = organizations;
        this.em = em;
    }

    /** One practice's text; the rest comes from the owner. */
    private record Text(
            String title,
            String summary,
            String problem,
            String approach,
            String results,
            String lessons,
            String field,
            Maturity maturity,
            String co2e,
            Visibility visibility) {}

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 300) StartupEvent event) {
        if (!enabled) {
            return; // without demo data the API starts without touching the database
        }
        Organization musterstadt = organizations.findBySlug("musterstadt").orElse(null);
        Organization eksempelby = organizations.findBySlug("eksempelby").orElse(null);
        if (!enabled || musterstadt == null || eksempelby == null) {
            return;
        }
        long existing = em.createQuery("select count(p) from Practice p where p.createdBy = :by", Long.class)
                .setParameter("by", BY)
                .getSingleResult();
        if (existing > 0) {
            return;
        }
        List<Practice> german = new ArrayList<>();
        for (Text text : GERMAN) {
            german.add(practice(musterstadt, "de", text, RegionType.URBAN));
        }
        for (Text text : DANISH) {
            practice(eksempelby, "da", text, RegionType.SUBURBAN);
        }
        linkSourceProject(german.get(0), musterstadt, "Bauteilbörse Musterstadt");
        linkSourceProject(german.get(1), musterstadt, "Klimafreundliche Schulverpflegung");
        em.flush();

        PracticeAdoption bau = adopt(german.get(0), eksempelby, "Bauteilbørs i Eksempelby", musterstadt);
        bau.adapted = "Lageret ligger på genbrugspladsen i stedet for på materielgården.";
        bau.results = "30 tons byggematerialer genbrugt det første år.";
        bau.wouldRecommend = true;
        bau.feedbackAt = bau.createdAt;
        adopt(german.get(2), eksempelby, "Reparationscafé på hovedbiblioteket", musterstadt);

        PracticeComment question = new PracticeComment();
        question.created(BY);
        question.practiceId = german.get(0).id;
        question.organizationId = eksempelby.id;
        question.kind = CommentKind.QUESTION;
        question.text = "Hvordan håndterede I garantien på genbrugte døre?";
        question.answer = "Ein Sachverständiger prüft jedes Bauteil vor dem Einbau; die Gewährleistung übernimmt "
                + "der Einbaubetrieb für die Montage.";
        question.answeredAt = question.createdAt;
        em.persist(question);
    }

    private Practice practice(Organization owner, String language, Text text, RegionType region) {
        Practice p = new Practice();
        p.created(owner.id, BY);
        p.title = text.title();
        p.summary = text.summary();
        p.municipality = owner.name;
        p.country = owner.country;
        p.populationBand = PopulationBand.of(owner.population);
        p.regionType = region;
        p.problem = text.problem();
        p.approach = text.approach();
        p.results = text.results();
        p.lessonsLearned = text.lessons();
        p.co2eTonnesPerYear = text.co2e() == null ? null : new BigDecimal(text.co2e());
        p.figuresBasis = text.co2e() == null ? null : FiguresBasis.ESTIMATED;
        p.fieldsOfAction = new ArrayList<>(List.of(text.field()));
        p.maturity = text.maturity();
        p.language = language;
        p.contactOrganizationId = owner.id;
        p.status = PracticeStatus.PUBLISHED;
        p.publishedAt = p.createdAt;
        p.visibility = text.visibility();
        em.persist(p);
        return p;
    }

    private void linkSourceProject(Practice practice, Organization owner, String projectTitle) {
        em.createQuery("from StarterProject p where p.organizationId = :o and p.title = :t", StarterProject.class)
                .setParameter("o", owner.id)
                .setParameter("t", projectTitle)
                .getResultStream()
                .findFirst()
                .ifPresent(project -> practice.sourceProjectId = project.id);
    }

    private PracticeAdoption adopt(Practice practice, Organization adopter, String projectTitle, Organization owner) {
        StarterProject project = new StarterProject();
        project.created(adopter.id, BY);
        project.title = projectTitle;
        project.summary = practice.summary;
        project.fieldsOfAction = new ArrayList<>(practice.fieldsOfAction);
        project.status = ProjectStatus.PREPARATION;
        project.visibility = Visibility.NETWORK;
        project.originPracticeId = practice.id;
        project.originPracticeVersion = practice.version;
        project.originPracticeTitle = practice.title;
        project.originNote = "Adopted from the good practice \"" + practice.title + "\" (version " + practice.version
                + ") of " + owner.name + ".";
        em.persist(project);
        PracticeAdoption adoption = new PracticeAdoption();
        adoption.created(adopter.id, BY);
        adoption.practiceId = practice.id;
        adoption.projectId = project.id;
        adoption.practiceVersion = practice.version;
        adoption.practiceTitle = practice.title;
        adoption.visibility = Visibility.PUBLIC;
        em.persist(adoption);
        return adoption;
    }

    private static final List<Text> GERMAN = List.of(
            new Text(
                    BAUTEILBOERSE,
                    "Bauteile aus kommunalem Rückbau werden vor dem Abriss erfasst und über eine regionale Börse "
                            + "wiederverwendet.",
                    "Beim Rückbau städtischer Gebäude landeten Türen, Fenster und Stahlträger im Container.",
                    "Bauteilkatalog vor jedem Rückbau, Online-Börse, Zwischenlager beim Bauhof, Ausschreibungen mit "
                            + "Wiederverwendungsquote.",
                    "220 t Bauteile vermittelt, davon 60 t Stahl.",
                    "Früh mit den Abbruchunternehmen sprechen; die Haftungsfrage vorab klären.",
                    "CONSTRUCTION_BUILDINGS",
                    Maturity.LIGHTHOUSE,
                    "225",
                    Visibility.PUBLIC),
            new Text(
                    "Klimafreundliche Schulverpflegung",
                    "Weniger Lebensmittelabfälle und regionale, saisonale Menüs in 40 Schulmensen.",
                    "Ein Drittel der Schulessen landete im Abfall.",
                    "Abfallmessung in Pilotmensen, Menüplanung mit Schülerinnen und Schülern, Abwärmenutzung der "
                            + "Großküche.",
                    "Speiseabfälle um 35 % gesenkt.",
                    "Messen motiviert: die Zahlen je Mensa aushängen.",
                    "FOOD_NUTRITION",
                    Maturity.TESTED,
                    "67",
                    Visibility.NETWORK),
            new Text(
                    REPAIR_CAFE,
                    "Ehrenamtliche reparieren einmal im Monat Elektrogeräte, Fahrräder und Kleidung in der Bibliothek.",
                    "Defekte Geräte wurden weggeworfen, weil Reparaturen teuer und Werkstätten selten sind.",
                    "Räume und Werkzeug stellt die Bibliothek, die Abfallberatung wirbt Ehrenamtliche.",
                    "1.200 reparierte Geräte pro Jahr, Reparaturquote 70 %.",
                    "Ein fester Termin und eine feste Ansprechperson halten das Team zusammen.",
                    "WASTE_RESOURCES",
                    Maturity.SCALED,
                    "12",
                    Visibility.PUBLIC),
            new Text(
                    "Zirkuläre Beschaffung von Büromöbeln",
                    "Rahmenvertrag für aufgearbeitete Büromöbel mit Rücknahme am Nutzungsende.",
                    "Neue Möbel für jede Umorganisation, alte Möbel wurden entsorgt.",
                    "Marktdialog, Zuschlagskriterien für Aufarbeitung und Rücknahme, Möbelpool der Verwaltung.",
                    "40 % der Möbel aufgearbeitet statt neu gekauft.",
                    "Die Vergabestelle von Anfang an einbinden.",
                    "PROCUREMENT",
                    Maturity.TESTED,
                    "18",
                    Visibility.PUBLIC),
            new Text(
                    "Mehrwegbecher für die Innenstadt",
                    "Ein gemeinsames Pfandsystem für Coffee-to-go-Becher in 60 Cafés und Bäckereien.",
                    "Einwegbecher füllten die Abfallbehälter der Innenstadt.",
                    "Förderung der Startbecher, gemeinsames Logo, Rückgabestationen.",
                    "300.000 Einwegbecher pro Jahr vermieden.",
                    "Der Handel macht mit, wenn die Rückgabe überall klappt.",
                    "WASTE_RESOURCES",
                    Maturity.LIGHTHOUSE,
                    null,
                    Visibility.NETWORK),
            new Text(
                    "Zwischennutzung leerer Ladenlokale",
                    "Leerstehende Läden werden für Reparatur-, Tausch- und Leihangebote zwischengenutzt.",
                    "Leerstand in der Innenstadt, zugleich fehlen Räume für zirkuläre Angebote.",
                    "Leerstandskataster, Mustermietvertrag, Mietzuschuss der Wirtschaftsförderung.",
                    "14 Ladenlokale zwischengenutzt, drei dauerhaft vermietet.",
                    "Kurze Verträge senken die Hürde für Eigentümer.",
                    "BUSINESS_DEVELOPMENT",
                    Maturity.TESTED,
                    null,
                    Visibility.PUBLIC),
            new Text(
                    "Kompost aus städtischem Grünschnitt",
                    "Grünschnitt der Parks wird zu Kompost für Schulgärten und Bürgerinnen und Bürger.",
                    "Grünschnitt wurde kostenpflichtig abgefahren.",
                    "Kompostplatz am Betriebshof, Qualitätssicherung, Abgabe an Kleingärten.",
                    "800 t Kompost pro Jahr.",
                    "Die Gütesicherung ist Pflicht für die Abgabe.",
                    "WASTE_RESOURCES",
                    Maturity.IDEA,
                    "40",
                    Visibility.NETWORK));

    private static final List<Text> DANISH = List.of(
            new Text(
                    "Genbrug af byggematerialer ved nedrivning",
                    "Kommunen genbrugte tegl og træ fra nedrivningen af en gammel skole i nye boliger.",
                    "Brugbare materialer blev knust eller brændt.",
                    "Ressourcekortlægning før nedrivning, selektiv nedrivning, krav i udbuddet.",
                    "Genbrugte 150 tons tegl og 40 tons træ.",
                    "Kortlægningen skal ske tidligt i projektet.",
                    "CONSTRUCTION_BUILDINGS",
                    Maturity.LIGHTHOUSE,
                    "95",
                    Visibility.PUBLIC),
            new Text(
                    "Byttehjørne på genbrugspladsen",
                    "Borgerne afleverer og henter brugte ting gratis på genbrugspladsen.",
                    "Mange brugbare ting endte i containerne.",
                    "Et overdækket byttehjørne med frivillige og åbent hver dag.",
                    "70 tons ting genbrugt om året.",
                    "Skiltning og personale gør en stor forskel.",
                    "WASTE_RESOURCES",
                    Maturity.SCALED,
                    "20",
                    Visibility.PUBLIC),
            new Text(
                    "Cirkulære indkøb af arbejdstøj",
                    "Kommunen lejer arbejdstøj, som leverandøren reparerer og genanvender.",
                    "Arbejdstøj blev smidt ud efter kort tid.",
                    "Udbud med leasing, reparation og returordning.",
                    "Levetiden for arbejdstøjet er fordoblet.",
                    "Inddrag medarbejderne i valget af tøj.",
                    "PROCUREMENT",
                    Maturity.TESTED,
                    null,
                    Visibility.NETWORK),
            new Text(
                    "Mindre madspild i kommunale køkkener",
                    "De kommunale køkkener måler madspild og tilpasser menuer og portioner.",
                    "Store mængder mad blev smidt ud i plejecentre og skoler.",
                    "Vejning af madaffald, fælles mål, kurser for køkkenpersonalet.",
                    "Madspildet faldt med 25 %.",
                    "Synlige tal motiverer personalet.",
                    "FOOD_NUTRITION",
                    Maturity.TESTED,
                    "30",
                    Visibility.PUBLIC),
            new Text(
                    "Deleordning for kommunens værktøj",
                    "Borgere låner værktøj og haveredskaber fra biblioteket i stedet for at købe nyt.",
                    "Værktøj bliver købt og brugt meget lidt.",
                    "Et udlånssystem på biblioteket med donationer fra borgere og virksomheder.",
                    "2.000 udlån det første år.",
                    "Samarbejdet med biblioteket var nøglen.",
                    "BUSINESS_DEVELOPMENT",
                    Maturity.IDEA,
                    null,
                    Visibility.NETWORK));
}
