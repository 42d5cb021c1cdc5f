package city.circular.hub.network;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<NetworkMember, UUID> {

    List<NetworkMember> ofNetwork(UUID networkId) {
        return list("networkId = ?1 order by createdAt, id", networkId);
    }

    /** The open memberships (invited, requested, accepted) of the given networks. */
    List<NetworkMember> openOf(Collection<UUID> networkIds) {
        return networkIds.isEmpty()
                ? List.of()
                : list("networkId in ?1 and status in ?2", networkIds, MembershipStatus.OPEN);
    }

    Optional<NetworkMember> open(UUID networkId, UUID organizationId) {
        return find(
                        "networkId = ?1 and organizationId = ?2 and status in ?3",
                        networkId,
                        organizationId,
                        MembershipStatus.OPEN)
                .firstResultOptional();
    }

    NetworkMember findLocked(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Accepted memberships per network, in one query. */
    Map<UUID, Long> acceptedCounts(Collection<UUID> networkIds) {
        if (networkIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery(
                        "select m.networkId, count(m) from NetworkMember m where m.networkId in :ids"
                                + " and m.status = :accepted group by m.networkId",
                        Object[].class)
                .setParameter("ids", networkIds)
                .setParameter("accepted", MembershipStatus.ACCEPTED)
                .getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
    }

    /**
     * Memberships awaiting a decision of the given organizations: invitations to the organizations the caller
     * administers, and requests to join the networks their organizations coordinate.
     */
    List<NetworkMember> awaiting(Collection<UUID> invitedOrganizations, Collection<UUID> coordinators) {
        return list(
                "(status = ?1 and organizationId in ?2) or (status = ?3 and networkId in"
                        + " (select n.id from Network n where n.coordinatorId in ?4)) order by createdAt, id",
                MembershipStatus.INVITED,
                invitedOrganizations,
                MembershipStatus.REQUESTED,
                coordinators);
    }
}
