package city.circular.hub.network;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class StatusReportRepository implements PanacheRepositoryBase<StatusReport, UUID> {

    List<StatusReport> ofEvent(UUID eventId) {
        return list("eventId = ?1 order by createdAt, id", eventId);
    }

    Optional<StatusReport> of(UUID eventId, UUID organizationId) {
        return find("eventId = ?1 and organizationId = ?2", eventId, organizationId)
                .firstResultOptional();
    }

    /** The organization's latest report on another event of the network: the one the next report follows. */
    Optional<StatusReport> previous(UUID networkId, UUID organizationId, UUID exceptEvent) {
        return find(
                        "organizationId = ?1 and eventId <> ?2 and eventId in"
                                + " (select e.id from NetworkEvent e where e.networkId = ?3)"
                                + " order by coversTo desc, id desc",
                        organizationId,
                        exceptEvent,
                        networkId)
                .firstResultOptional();
    }

    /** How many status reports each organization submitted in the network. */
    Map<UUID, Long> submittedIn(UUID networkId) {
        return getEntityManager()
                .createQuery(
                        "select r.organizationId, count(r) from StatusReport r, NetworkEvent e where e.id = r.eventId"
                                + " and e.networkId = :n group by r.organizationId",
                        Object[].class)
                .setParameter("n", networkId)
                .getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
    }

    /** Per organization, when it last submitted a report on an event of the network, in one query. */
    Map<UUID, Instant> latestSubmitted(UUID networkId, Collection<UUID> organizationIds) {
        if (organizationIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery(
                        "select r.organizationId, max(r.createdAt) from StatusReport r where r.organizationId in :orgs"
                                + " and r.eventId in (select e.id from NetworkEvent e where e.networkId = :network)"
                                + " group by r.organizationId",
                        Object[].class)
                .setParameter("orgs", organizationIds)
                .setParameter("network", networkId)
                .getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Instant) row[1]));
    }
}
