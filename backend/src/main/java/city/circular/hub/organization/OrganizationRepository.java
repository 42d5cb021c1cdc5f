package city.circular.hub.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    public List<Organization> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    public Optional<Organization> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Organization> listByName() {
        return list("order by name, id");
    }

    /**
     * Organizations that share at least one network with any of the given ones, the given ones excluded. Only
     * accepted memberships count, on both sides: an invitation is not consent, and leaving ends it at once.
     */
    @SuppressWarnings("unchecked")
    public Set<UUID> networkPeersOf(Collection<UUID> organizations) {
        if (organizations.isEmpty()) {
            return Set.of();
        }
        List<UUID> peers = getEntityManager()
                .createNativeQuery("""
                        select distinct peer.organization_id
                        from network_member own
                        join network_member peer on peer.network_id = own.network_id
                        where own.organization_id in (:organizations)
                          and own.status = 'ACCEPTED' and peer.status = 'ACCEPTED'
                        """, UUID.class)
                .setParameter("organizations", organizations)
                .getResultList();
        Set<UUID> result = new HashSet<>(peers);
        result.removeAll(organizations);
        return result;
    }

    /** The networks the given organizations belong to (accepted, not left): one row per membership. */
    @SuppressWarnings("unchecked")
    public List<NetworkMembership> networksOf(Collection<UUID> organizations) {
        if (organizations.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("""
                        select n.id, n.name, m.organization_id
                        from network_member m join network n on n.id = m.network_id
                        where m.organization_id in (:organizations) and m.status = 'ACCEPTED'
                        """)
                .setParameter("organizations", organizations)
                .getResultList();
        return rows.stream()
                .map(r -> new NetworkMembership((UUID) r[0], (String) r[1], (UUID) r[2]))
                .toList();
    }

    /** The network's accepted members: the peers NETWORK visibility counts. */
    @SuppressWarnings("unchecked")
    public Set<UUID> membersOf(UUID network) {
        return Set.copyOf(getEntityManager()
                .createNativeQuery(
                        "select organization_id from network_member where network_id = :n and status = 'ACCEPTED'",
                        UUID.class)
                .setParameter("n", network)
                .getResultList());
    }

    public record NetworkMembership(UUID networkId, String networkName, UUID organizationId) {}
}
