package city.circular.hub.demo;

import city.circular.hub.common.Visibility;
import city.circular.hub.organization.Organization;
import city.circular.hub.organization.OrganizationKind;
import city.circular.hub.organization.OrganizationRepository;
import city.circular.hub.strategy.Strategy;
import city.circular.hub.strategy.StrategyRepository;
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
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The organizations of the demo realm (their slugs match its Keycloak groups), the network that links them, and a
 * few strategies. Runs at start-up when {@code cch.demo-data} is on, before the other demo content (which hangs off
 * these organizations); adds only what is missing.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String BY = "demo-data";

    private final boolean enabled;
    private final OrganizationRepository organizations;
    private final StrategyRepository strategies;
    private final EntityManager em;

    public DemoData(
            @ConfigProperty(name = "cch.demo-data") boolean enabled,
            OrganizationRepository organizations,
            StrategyRepository strategies,
            EntityManager em) {
        this.enabled = enabled;
        this.organizations = organizations;
        this.strategies = strategies;
        this.em = em;
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
        Organization network = organization(
                "kreislauf-netzwerk",
                "Netzwerk Kreislaufstädte",
                OrganizationKind.NETWORK_COORDINATOR,
                "DE",
                null,
                null);
        network(
                UUID.fromString("5e7a1c2b-0000-4000-8000-000000000001"),
                "Kreislaufstädte DE-DK",
                network,
                List.of(musterstadt, eksempelby, network));

        if (strategies.count("organizationId", musterstadt.id) == 0) {
            Strategy adopted = strategy(
                    musterstadt,
                    "Kreislaufstadt Musterstadt 2030",
                    "Leitbild, Ziele und Maßnahmen für eine zirkuläre Wirtschaft in Musterstadt.",
                    2025,
                    2030,
                    Visibility.NETWORK);
            adopted.status = StrategyStatus.ADOPTED;
            adopted.decisionBody = "Rat der Stadt Musterstadt";
            adopted.decidedOn = LocalDate.of(2025, 6, 26);
            adopted.decisionReference = "Drucksache 0815/2025";
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
        LOG.info("Demo data ready: Musterstadt, Eksempelby and the network Kreislaufstädte DE-DK");
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

    private void network(UUID id, String name, Organization coordinator, List<Organization> members) {
        em.createNativeQuery("insert into network (id, name, coordinator_organization, kind, status, visibility,"
                        + " created_at, created_by, updated_at, updated_by) values (:id, :name, :coordinator,"
                        + " 'PARTNERSHIP', 'ACTIVE', 'PRIVATE', now(), 'demo-data', now(), 'demo-data')"
                        + " on conflict (id) do nothing")
                .setParameter("id", id)
                .setParameter("name", name)
                .setParameter("coordinator", coordinator.id)
                .executeUpdate();
        for (Organization member : members) {
            em.createNativeQuery("insert into network_member (id, network_id, organization_id, role, status,"
                            + " joined_on, created_at, created_by, updated_at, updated_by) select gen_random_uuid(), :n,"
                            + " :o, :role, 'ACCEPTED', current_date, now(), 'demo-data', now(), 'demo-data'"
                            + " where not exists (select 1 from network_member m where m.network_id = :n"
                            + " and m.organization_id = :o)")
                    .setParameter("n", id)
                    .setParameter("o", member.id)
                    .setParameter("role", member.id.equals(coordinator.id) ? "COORDINATOR" : "MEMBER_MUNICIPALITY")
                    .executeUpdate();
        }
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
