package city.circular.hub.workshop;

import city.circular.hub.stakeholder.Stakeholder;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    /** A participant with the stakeholder it stands for. */
    record Row(Participant participant, Stakeholder stakeholder) {}

    /** How many participants of a workshop are in a status. */
    record StatusCount(UUID workshopId, ParticipantStatus status, long count) {}

    Optional<Participant> find(UUID workshopId, UUID participantId) {
        return find("id = ?1 and workshopId = ?2", participantId, workshopId).firstResultOptional();
    }

    Optional<Participant> ofStakeholder(UUID workshopId, UUID stakeholderId) {
        return find("workshopId = ?1 and stakeholderId = ?2", workshopId, stakeholderId)
                .firstResultOptional();
    }

    /** The workshops a stakeholder takes part in, by id. */
    List<UUID> workshopsOf(UUID stakeholderId) {
        return getEntityManager()
                .createQuery(
                        "select p.workshopId from Participant p where p.stakeholderId = :s order by p.workshopId",
                        UUID.class)
                .setParameter("s", stakeholderId)
                .getResultList();
    }

    boolean takesPart(UUID workshopId, UUID stakeholderId) {
        return count("workshopId = ?1 and stakeholderId = ?2", workshopId, stakeholderId) > 0;
    }

    long seatsTaken(UUID workshopId) {
        return count("workshopId = ?1 and status in ?2", workshopId, ParticipantStatus.SEAT_HOLDING);
    }

    /** The longest-waiting participants first. */
    List<Participant> waitlisted(UUID workshopId, int limit) {
        return find("workshopId = ?1 and status = ?2 order by waitlistedAt, id", workshopId, ParticipantStatus.WAITLIST)
                .range(0, limit - 1)
                .list();
    }

    /** Every participant of the workshop with its stakeholder, by stakeholder name, in one statement. */
    List<Row> withStakeholders(UUID workshopId) {
        return getEntityManager()
                .createQuery(
                        "select p, s from Participant p join Stakeholder s on s.id = p.stakeholderId"
                                + " where p.workshopId = :w order by s.name, p.id",
                        Object[].class)
                .setParameter("w", workshopId)
                .getResultStream()
                .map(row -> new Row((Participant) row[0], (Stakeholder) row[1]))
                .toList();
    }

    List<StatusCount> statusCounts(Collection<UUID> workshopIds) {
        if (workshopIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(
                        "select p.workshopId, p.status, count(p) from Participant p where p.workshopId in :ids"
                                + " group by p.workshopId, p.status",
                        Object[].class)
                .setParameter("ids", workshopIds)
                .getResultStream()
                .map(row -> new StatusCount((UUID) row[0], (ParticipantStatus) row[1], (Long) row[2]))
                .toList();
    }
}
