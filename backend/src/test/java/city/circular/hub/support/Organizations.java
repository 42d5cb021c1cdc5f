package city.circular.hub.support;

import city.circular.hub.organization.Organization;
import city.circular.hub.organization.OrganizationKind;
import city.circular.hub.organization.OrganizationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The organizations tests work with: Musterstadt and Nachbarstadt share a network; Eksempelby is in none. Created
 * once per test database, looked up afterwards.
 */
@ApplicationScoped
public class Organizations {

    public static final String MUSTERSTADT = "musterstadt";
    public static final String NACHBARSTADT = "nachbarstadt";
    public static final String EKSEMPELBY = "eksempelby";

    private static final UUID NETWORK = UUID.fromString("00000000-0000-4000-8000-00000000beef");

    private final OrganizationRepository organizations;
    private final EntityManager em;

    public Organizations(OrganizationRepository organizations, EntityManager em) {
        this.organizations = organizations;
        this.em = em;
    }

    @Transactional
    public UUID id(String slug) {
        ensure();
        return organizations.findBySlug(slug).orElseThrow().id;
    }

    /** An organization of its own for a test that needs exact counts; created on first use. */
    @Transactional
    public UUID create(String slug) {
        ensure();
        return organizations.findBySlug(slug).map(o -> o.id).orElseGet(() -> create(slug, "DE"));
    }

    /** An organization of the given kind for a test of its own; created on first use. */
    @Transactional
    public UUID create(String slug, OrganizationKind kind) {
        ensure();
        return organizations.findBySlug(slug).map(o -> o.id).orElseGet(() -> {
            UUID id = create(slug, "DE");
            organizations.findById(id).kind = kind;
            return id;
        });
    }

    /** Moves an organization to another clock (IANA zone), as its admin could. */
    @Transactional
    public void setTimeZone(UUID id, ZoneId zone) {
        organizations.findById(id).timeZone = zone.getId();
    }

    private void ensure() {
        if (organizations.findBySlug(MUSTERSTADT).isPresent()) {
            return;
        }
        UUID muster = create(MUSTERSTADT, "DE");
        UUID nachbar = create(NACHBARSTADT, "DE");
        create(EKSEMPELBY, "DK");
        em.createNativeQuery("insert into network (id, name, coordinator_organization, kind, status, visibility,"
                        + " created_at, created_by, updated_at, updated_by) values (?1, 'Testnetz', ?2,"
                        + " 'CITY_CONSORTIUM', 'ACTIVE', 'PRIVATE', now(), 'test', now(), 'test')")
                .setParameter(1, NETWORK)
                .setParameter(2, muster)
                .executeUpdate();
        for (UUID member : new UUID[] {muster, nachbar}) {
            em.createNativeQuery("insert into network_member (id, network_id, organization_id, role, status, joined_on,"
                            + " created_at, created_by, updated_at, updated_by) values (gen_random_uuid(), ?1, ?2,"
                            + " 'MEMBER_MUNICIPALITY', 'ACCEPTED', current_date, now(), 'test', now(), 'test')")
                    .setParameter(1, NETWORK)
                    .setParameter(2, member)
                    .executeUpdate();
        }
    }

    private UUID create(String slug, String country) {
        Organization o = new Organization();
        o.created("test");
        o.slug = slug;
        o.name = slug.substring(0, 1).toUpperCase() + slug.substring(1);
        o.kind = OrganizationKind.MUNICIPALITY;
        o.country = country;
        organizations.persist(o);
        return o.id;
    }
}
