package city.circular.hub.demo;

import city.circular.hub.common.Visibility;
import city.circular.hub.organization.Organization;
import city.circular.hub.organization.OrganizationKind;
import city.circular.hub.organization.OrganizationRepository;
import city.circular.hub.strategy.Strategy;
import city.circular.hub.strategy.StrategyRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The organizations of the demo realm (their slugs match its Keycloak groups) and a few strategies. Runs at start-up when {@code cch.demo-data} is on, before the other demo content (which hangs off
 * these organizations); adds only what is missing.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String BY = "demo-data";

    private final boolean enabled;
    private final OrganizationRepository organizations;
    private final StrategyRepository strategies;

    public DemoData(
            @ConfigProperty(name = "cch.demo-data") boolean enabled,
            OrganizationRepository organizations,
            StrategyRepository strategies) {
        this.enabled = enabled;
        this.organizations = organizations;
        this.strategies = strategies;
    }

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        if (!enabled) {
            return;
        }
        Organization musterstadt = organization(
                "musterstadt", "Stadt Musterstadt", OrganizationKind.MUNICIPALITY, "DE", "09999999", 180_000);
        Organization eksempelby =
                organization("eksempelby", "Eksempelby Kommune", OrganizationKind.MUNICIPALITY, "DK", "999", 60_000);
        // The network coordinator of the demo realm; its networks come with NetworkDemo.
        organization(
                "kreislauf-netzwerk",
                "Netzwerk Kreislaufstädte",
                OrganizationKind.NETWORK_COORDINATOR,
                "DE",
                null,
                null);

        if (strategies.count("organizationId", musterstadt.id) == 0) {
            Strategy adopted = strategy(
                    musterstadt,
                    "Kreislaufstadt Musterstadt 2030",
                    "Leitbild, Ziele und Maßnahmen für eine zirkuläre Wirtschaft in Musterstadt.",
                    2025,
                    2030,
                    Visibility.NETWORK);
            // A draft until StrategyContentDemo gives it its outline and adopts it twice, as the API would.
            strategies.persist(adopted);
            strategies.persist(strategy(
                    musterstadt,
                    "Zirkuläres Bauen – Fortschreibung",
                    "Entwurf für die Fortschreibung im Handlungsfeld Bauen und Wohnen.",
                    2027,
                    2032,
                    Visibility.PRIVATE));
        }
        if (strategies.count("organizationId", eksempelby.id) == 0) {
            strategies.persist(strategy(
                    eksempelby,
                    "Cirkulær Eksempelby 2035",
                    "Kommunens strategi for cirkulær økonomi.",
                    2026,
                    2035,
                    Visibility.PRIVATE));
        }
        LOG.info("Demo data ready: Musterstadt, Eksempelby and Netzwerk Kreislaufstädte");
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

    private static Strategy strategy(
            Organization owner, String title, String summary, int from, int to, Visibility visibility) {
        Strategy s = new Strategy();
        s.created(owner.id, BY);
        s.title = title;
        s.summary = summary;
        s.periodFrom = from;
        s.periodTo = to;
        s.visibility = visibility;
        return s;
    }
}
