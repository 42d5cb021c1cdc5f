package city.circular.hub.demo;

import city.circular.hub.component.ComponentRepository;
import city.circular.hub.component.ComponentStatus;
import city.circular.hub.component.ComponentType;
import city.circular.hub.component.Contribution;
import city.circular.hub.component.LocalGoalLink;
import city.circular.hub.component.SdgLink;
import city.circular.hub.component.StrategyComponent;
import city.circular.hub.indicator.Indicator;
import city.circular.hub.indicator.IndicatorDirection;
import city.circular.hub.indicator.IndicatorKind;
import city.circular.hub.indicator.IndicatorRepository;
import city.circular.hub.indicator.IndicatorValue;
import city.circular.hub.indicator.IndicatorValueRepository;
import city.circular.hub.indicator.MeasuredValue;
import city.circular.hub.indicator.ValueKind;
import city.circular.hub.organization.OrganizationRepository;
import city.circular.hub.strategy.Adoption;
import city.circular.hub.strategy.Strategy;
import city.circular.hub.strategy.StrategyRepository;
import city.circular.hub.strategy.StrategyService;
import city.circular.hub.strategy.StrategyStatus;
import city.circular.hub.strategy.StrategyStatusChange;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The outline and indicators of Musterstadt's adopted demo strategy: all seven component types, goals linked to SDG
 * targets and a local goal, and indicators with five years of values. Runs at start-up when {@code cch.demo-data} is
 * on, after {@link DemoData} has created the strategy; adds them only to a strategy without components.
 *
 * <p>The strategy gets an adoption history through the same service the API uses, so that a new user finds two
 * versions to compare: adopted in 2024 without the used-goods platform and with a lower procurement target, then
 * revised and adopted again in 2025 with both.
 */
@ApplicationScoped
public class StrategyContentDemo {

    static final String STRATEGY_TITLE = "Kreislaufstadt Musterstadt 2030";

    private static final Logger LOG = Logger.getLogger(StrategyContentDemo.class);
    private static final String BY = "demo-data";
    private static final LocalDate BASELINE_DATE = LocalDate.of(2020, 12, 31);
    private static final String CLIMATE_GOAL = "Klimaneutrales Musterstadt 2035";
    private static final String ENVIRONMENT_OFFICE = "Amt für Umwelt und Abfallwirtschaft";
    private static final String PROCUREMENT_OFFICE = "Zentrale Vergabestelle";
    private static final String BUILDING_OFFICE = "Bauverwaltungsamt";
    private static final String AGENCY = "Wirtschaftsförderung Musterstadt";
    private static final String COUNCIL = "Rat der Stadt Musterstadt";

    private final boolean enabled;
    private final OrganizationRepository organizations;
    private final StrategyRepository strategies;
    private final ComponentRepository components;
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final StrategyService lifecycle;

    public StrategyContentDemo(
            @ConfigProperty(name = "cch.demo-data") boolean enabled,
            OrganizationRepository organizations,
            StrategyRepository strategies,
            ComponentRepository components,
            IndicatorRepository indicators,
            IndicatorValueRepository values,
            StrategyService lifecycle) {
        this.lifecycle = lifecycle;
        this.enabled = enabled;
        this.organizations = organizations;
        this.strategies = strategies;
        this.components = components;
        this.indicators = indicators;
        this.values = values;
    }

    /** Lower priorities run first: DemoData (APPLICATION) has created the strategy this one fills. */
    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) StartupEvent event) {
        if (!enabled) {
            return;
        }
        Optional<Strategy> found = organizations
                .findBySlug("musterstadt")
                .flatMap(musterstadt -> strategies
                        .find("organizationId = ?1 and title = ?2", musterstadt.id, STRATEGY_TITLE)
                        .firstResultOptional());
        if (found.isEmpty() || components.count("strategyId", found.get().id) > 0) {
            return;
        }
        Outline outline = new Outline(found.get().id);
        StrategyComponent vision = outline.add(
                null,
                ComponentType.VISION,
                "Musterstadt 2040: eine Stadt ohne Abfall",
                "Ressourcen bleiben in Musterstadt im Kreislauf: Produkte werden geteilt, repariert und "
                        + "wiederverwendet, Gebäude sind Materiallager von morgen.",
                AGENCY,
                ComponentStatus.AGREED);
        StrategyComponent waste = outline.goal(
                vision,
                "Siedlungsabfall pro Kopf bis 2030 um 20 % senken",
                "Weniger Restmüll durch Vermeidung, Wiederverwendung und Reparatur.",
                ENVIRONMENT_OFFICE,
                List.of(new SdgLink("11.6", Contribution.STRONG), new SdgLink("12.5", Contribution.STRONG)),
                Contribution.MODERATE);
        StrategyComponent procurement = outline.goal(
                vision,
                "Anteil zirkulärer Beschaffung auf 30 % steigern",
                "Die Stadtverwaltung kauft langlebig, reparierbar, gebraucht oder aus Rezyklat.",
                PROCUREMENT_OFFICE,
                List.of(new SdgLink("12.7", Contribution.STRONG)),
                Contribution.WEAK);
        StrategyComponent building = outline.goal(
                vision,
                "CO2-Emissionen im Bausektor halbieren",
                "Bestand erhalten, Bauteile wiederverwenden, klimafreundliche Baustoffe einsetzen.",
                BUILDING_OFFICE,
                List.of(new SdgLink("13.2", Contribution.STRONG), new SdgLink("11.6", Contribution.MODERATE)),
                Contribution.STRONG);

        StrategyComponent prevention = outline.add(
                null,
                ComponentType.STRATEGY,
                "Abfallvermeidung vor Recycling",
                "Vermeiden und Wiederverwenden haben Vorrang; was bleibt, wird hochwertig verwertet.",
                ENVIRONMENT_OFFICE,
                ComponentStatus.AGREED);
        outline.add(
                prevention,
                ComponentType.INSTRUMENT,
                "Reparaturbonus",
                "Zuschuss von 50 % (höchstens 100 €) für die Reparatur von Elektrogeräten in Musterstädter Betrieben.",
                ENVIRONMENT_OFFICE,
                ComponentStatus.IN_PROGRESS);
        outline.add(
                prevention,
                ComponentType.INSTRUMENT,
                "Mehrwegpflicht bei städtischen Veranstaltungen",
                "Auf Festen und Märkten der Stadt nur noch Mehrweggeschirr.",
                "Ordnungsamt",
                ComponentStatus.DONE);
        StrategyComponent circularProcurement = outline.add(
                null,
                ComponentType.STRATEGY,
                "Zirkuläre öffentliche Beschaffung",
                "Die Nachfrage der Stadt als Hebel für zirkuläre Produkte und Dienstleistungen.",
                PROCUREMENT_OFFICE,
                ComponentStatus.AGREED);
        outline.add(
                circularProcurement,
                ComponentType.INSTRUMENT,
                "Leitfaden zirkuläre Vergabe",
                "Mindestkriterien für Möbel, IT, Textilien und Baumaßnahmen.",
                PROCUREMENT_OFFICE,
                ComponentStatus.IN_PROGRESS);
        outline.add(
                circularProcurement,
                ComponentType.INSTRUMENT,
                "Schulungen für Vergabestellen",
                "Zwei Schulungen im Jahr für alle Ämter, die ausschreiben.",
                PROCUREMENT_OFFICE,
                ComponentStatus.DRAFT);
        StrategyComponent construction = outline.add(
                null,
                ComponentType.STRATEGY,
                "Kreislaufgerechtes Bauen",
                "Bei städtischen Bauvorhaben zählt der Lebenszyklus, nicht nur der Bau.",
                BUILDING_OFFICE,
                ComponentStatus.AGREED);
        outline.add(
                construction,
                ComponentType.INSTRUMENT,
                "Bauteilbörse und Materialkataster",
                "Rückbaumaterial aus städtischen Gebäuden wird erfasst und vermittelt.",
                BUILDING_OFFICE,
                ComponentStatus.IN_PROGRESS);
        outline.add(
                null,
                ComponentType.PROCESS,
                "Jährliches Monitoring und Fortschrittsbericht an den Rat",
                "Die Indikatoren werden jedes Frühjahr fortgeschrieben und dem Rat berichtet.",
                AGENCY,
                ComponentStatus.AGREED);
        outline.add(
                null,
                ComponentType.PROCESS,
                "Runder Tisch Kreislaufwirtschaft",
                "Wirtschaft, Kammern, Hochschule und Zivilgesellschaft treffen sich zweimal im Jahr.",
                AGENCY,
                ComponentStatus.IN_PROGRESS);
        outline.add(
                null,
                ComponentType.STRUCTURE,
                "Stabsstelle Kreislaufwirtschaft",
                "Zwei Stellen in der Wirtschaftsförderung koordinieren die Umsetzung.",
                AGENCY,
                ComponentStatus.DONE);
        outline.add(
                null,
                ComponentType.STRUCTURE,
                "Lenkungskreis Kreislaufstadt",
                "Dezernentinnen und Dezernenten für Umwelt, Bauen, Finanzen und Wirtschaft.",
                "Büro des Oberbürgermeisters",
                ComponentStatus.AGREED);
        outline.add(
                null,
                ComponentType.PRODUCT,
                "Reparatur-Stadtplan Musterstadt",
                "Online-Karte aller Reparaturbetriebe und Repair-Cafés.",
                AGENCY,
                ComponentStatus.DONE);

        indicator(
                waste,
                "Siedlungsabfall pro Kopf",
                "kg/(Einw.·a)",
                IndicatorKind.OUTCOME,
                IndicatorDirection.DECREASE,
                "452",
                "400",
                "362",
                "Abfallbilanz der Stadt Musterstadt",
                "447",
                "438",
                "425",
                "414",
                "405");
        Indicator procurementRate = indicator(
                procurement,
                "Zirkuläre Beschaffungsquote",
                "%",
                IndicatorKind.OUTPUT,
                IndicatorDirection.INCREASE,
                "6",
                "18",
                "30",
                "Vergabestatistik der Zentralen Vergabestelle",
                "7.5",
                "9.8",
                "12.1",
                "14",
                "15.2");
        // The first adoption's target for 2030; the revision raised it to 30 %.
        retarget2030(procurementRate, "25");
        indicator(
                building,
                "CO2e Bausektor",
                "t/a",
                IndicatorKind.IMPACT,
                IndicatorDirection.DECREASE,
                "184000",
                "130000",
                "92000",
                "Treibhausgasbilanz Musterstadt (BISKO)",
                "181500",
                "176000",
                "171200",
                "163900",
                "158300");
        Strategy strategy = found.get();
        boolean adopt = strategy.status == StrategyStatus.DRAFT;
        if (adopt) {
            adopt(strategy, LocalDate.of(2024, 3, 21), "Drucksache 0217/2024");
            move(strategy, StrategyStatus.IN_REVISION, null);
        }
        retarget2030(procurementRate, "30");
        outline.add(
                null,
                ComponentType.PRODUCT,
                "Gebrauchtwaren- und Bauteilplattform",
                "Plattform, auf der Bürgerinnen, Betriebe und Stadt Gebrauchtes weitergeben.",
                AGENCY,
                ComponentStatus.DRAFT);
        if (adopt) {
            adopt(strategy, LocalDate.of(2025, 6, 26), "Drucksache 0815/2025");
        }
        LOG.info("Demo data ready: the outline, indicators and two adopted versions of " + STRATEGY_TITLE);
    }

    private static void retarget2030(Indicator indicator, String value) {
        List<MeasuredValue> targets = new ArrayList<>(indicator.targets);
        targets.set(1, new MeasuredValue(new BigDecimal(value), LocalDate.of(2030, 12, 31)));
        indicator.targets = targets;
    }

    private void adopt(Strategy strategy, LocalDate decidedOn, String reference) {
        if (strategy.status == StrategyStatus.DRAFT) {
            move(strategy, StrategyStatus.IN_REVIEW, null);
        }
        move(strategy, StrategyStatus.ADOPTED, new Adoption(COUNCIL, decidedOn, reference, null));
    }

    /** Through the API's own lifecycle, so that each adoption freezes its version as the API's would. */
    private void move(Strategy strategy, StrategyStatus to, Adoption adoption) {
        strategies.flush();
        lifecycle.changeStatusOnBehalf(strategy.id, new StrategyStatusChange(to, adoption), BY);
    }

    /** Adds components as the last child of their parent, as the API does. */
    private final class Outline {

        private final UUID strategyId;
        private final Map<UUID, Integer> childCount = new HashMap<>();

        Outline(UUID strategyId) {
            this.strategyId = strategyId;
        }

        StrategyComponent add(
                StrategyComponent parent,
                ComponentType type,
                String title,
                String description,
                String responsibleUnit,
                ComponentStatus status) {
            StrategyComponent c = new StrategyComponent();
            c.created(BY);
            c.strategyId = strategyId;
            c.parentId = parent == null ? null : parent.id;
            c.position = childCount.merge(parent == null ? strategyId : parent.id, 1, Integer::sum) - 1;
            c.type = type;
            c.title = title;
            c.description = description;
            c.responsibleUnit = responsibleUnit;
            c.status = status;
            components.persist(c);
            return c;
        }

        StrategyComponent goal(
                StrategyComponent vision,
                String title,
                String description,
                String responsibleUnit,
                List<SdgLink> sdgTargets,
                Contribution toClimateGoal) {
            StrategyComponent goal =
                    add(vision, ComponentType.GOAL, title, description, responsibleUnit, ComponentStatus.AGREED);
            goal.sdgTargets = new ArrayList<>(sdgTargets);
            goal.localGoals = new ArrayList<>(List.of(new LocalGoalLink(CLIMATE_GOAL, toClimateGoal)));
            return goal;
        }
    }

    /** An indicator with a 2020 baseline, targets for 2027 and 2030 and actual values for 2021 to 2025. */
    private Indicator indicator(
            StrategyComponent goal,
            String name,
            String unit,
            IndicatorKind kind,
            IndicatorDirection direction,
            String baseline,
            String target2027,
            String target2030,
            String source,
            String... yearly) {
        Indicator indicator = new Indicator();
        indicator.created(BY);
        indicator.strategyId = goal.strategyId;
        indicator.componentId = goal.id;
        indicator.name = name;
        indicator.unit = unit;
        indicator.kind = kind;
        indicator.direction = direction;
        indicator.baselineValue = new BigDecimal(baseline);
        indicator.baselineDate = BASELINE_DATE;
        indicator.targets = new ArrayList<>(List.of(
                new MeasuredValue(new BigDecimal(target2027), LocalDate.of(2027, 12, 31)),
                new MeasuredValue(new BigDecimal(target2030), LocalDate.of(2030, 12, 31))));
        indicator.source = source;
        indicators.persist(indicator);
        for (int i = 0; i < yearly.length; i++) {
            IndicatorValue value = new IndicatorValue();
            value.created(BY);
            value.indicatorId = indicator.id;
            value.observedOn = LocalDate.of(2021 + i, 12, 31);
            value.value = new BigDecimal(yearly[i]);
            value.kind = ValueKind.ACTUAL;
            value.source = source;
            values.persist(value);
        }
        return indicator;
    }
}
