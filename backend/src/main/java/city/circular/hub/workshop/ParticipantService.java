package city.circular.hub.workshop;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.FieldError;
import city.circular.hub.common.ProblemType;
import city.circular.hub.common.Table;
import city.circular.hub.common.Versions;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.stakeholder.Sector;
import city.circular.hub.stakeholder.Stakeholder;
import city.circular.hub.stakeholder.StakeholderDeletion;
import city.circular.hub.stakeholder.StakeholderInput;
import city.circular.hub.stakeholder.StakeholderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who takes part in a workshop. Every change takes the workshop's row lock first, so that the capacity holds under
 * concurrent registrations: beyond it, registrations go to the waitlist, and freed seats go to the longest waiting.
 */
@ApplicationScoped
public class ParticipantService {

    private static final String WHAT = "Participant";
    private static final List<String> EXPORT_HEADER = List.of("stakeholder", "sector", "fieldsOfAction", "status");

    private final WorkshopService workshops;
    private final ParticipantRepository participants;
    private final StakeholderService stakeholders;
    private final Seating seating;
    private final AccessPolicy access;

    public ParticipantService(
            WorkshopService workshops,
            ParticipantRepository participants,
            StakeholderService stakeholders,
            Seating seating,
            AccessPolicy access) {
        this.workshops = workshops;
        this.participants = participants;
        this.stakeholders = stakeholders;
        this.seating = seating;
        this.access = access;
    }

    /** Counts and sector balance cover everyone; items name only stakeholders the caller may read. */
    public ParticipantList list(UUID workshopId) {
        Workshop workshop = workshops.readable(workshopId);
        List<ParticipantRepository.Row> rows = participants.withStakeholders(workshop.id);
        Map<ParticipantStatus, Long> counts = new EnumMap<>(ParticipantStatus.class);
        Map<Sector, long[]> balance = new EnumMap<>(Sector.class);
        for (Sector sector : Sector.values()) {
            balance.put(sector, new long[2]);
        }
        for (ParticipantRepository.Row row : rows) {
            ParticipantStatus status = row.participant().status;
            counts.merge(status, 1L, Long::sum);
            long[] sector = balance.get(row.stakeholder().sector);
            sector[0] += status.holdsSeat() ? 1 : 0;
            sector[1] += status == ParticipantStatus.ATTENDED ? 1 : 0;
        }
        long seatsTaken = ParticipantStatus.seatsTaken(counts);
        return new ParticipantList(
                workshop.id,
                workshop.capacity,
                Math.max(0, workshop.capacity - seatsTaken),
                visible(rows).stream()
                        .map(row -> ParticipantView.of(row.participant(), row.stakeholder()))
                        .toList(),
                new ParticipantList.Counts(
                        counts.getOrDefault(ParticipantStatus.INVITED, 0L),
                        counts.getOrDefault(ParticipantStatus.REGISTERED, 0L),
                        counts.getOrDefault(ParticipantStatus.WAITLIST, 0L),
                        counts.getOrDefault(ParticipantStatus.ATTENDED, 0L),
                        counts.getOrDefault(ParticipantStatus.NO_SHOW, 0L),
                        counts.getOrDefault(ParticipantStatus.CANCELLED, 0L)),
                Arrays.stream(Sector.values())
                        .map(sector -> new ParticipantList.SectorBalance(
                                sector, balance.get(sector)[0], balance.get(sector)[1]))
                        .toList());
    }

    public ParticipantView get(UUID workshopId, UUID participantId) {
        Workshop workshop = workshops.readable(workshopId);
        Participant participant = find(workshop, participantId);
        return ParticipantView.of(participant, stakeholders.get(participant.stakeholderId));
    }

    /** The participants as a table of organisations: no contact persons, so no personal data. */
    public Table export(UUID workshopId) {
        Workshop workshop = workshops.readable(workshopId);
        List<List<Object>> rows = visible(participants.withStakeholders(workshop.id)).stream()
                .map(row -> List.<Object>of(
                        row.stakeholder().name,
                        row.stakeholder().sector,
                        String.join("|", row.stakeholder().fieldsOfAction),
                        row.participant().status))
                .toList();
        return new Table("Participants", EXPORT_HEADER, rows);
    }

    @Transactional
    public ParticipantView add(UUID workshopId, ParticipantInput input) {
        Workshop workshop = workshops.lockedWritable(workshopId);
        ParticipantStatus requested = input.status() == null ? ParticipantStatus.REGISTERED : input.status();
        Stakeholder stakeholder;
        if (input.stakeholderId() != null) {
            stakeholder = stakeholders.get(input.stakeholderId());
            if (!stakeholder.organizationId.equals(workshop.organizationId)) {
                throw ApiException.rule("Participants come from the stakeholder register of the workshop's "
                        + "organization; add the organisation there first, or send newStakeholder.");
            }
            if (participants.takesPart(workshop.id, stakeholder.id)) {
                throw new ApiException(
                        ProblemType.CONFLICT,
                        "This stakeholder already takes part in the workshop.",
                        List.of(new FieldError("stakeholderId", "already takes part")));
            }
        } else {
            stakeholder = stakeholders.insert(
                    workshop.organizationId,
                    new StakeholderInput(
                            null,
                            input.newStakeholder().name(),
                            input.newStakeholder().sector(),
                            List.of(),
                            null,
                            null,
                            null,
                            null));
        }
        Participant participant = new Participant();
        participant.created(access.caller().username());
        participant.workshopId = workshop.id;
        participant.stakeholderId = stakeholder.id;
        participant.moveTo(seating.admit(workshop, null, requested));
        participants.persist(participant);
        participants.flush();
        return ParticipantView.of(participant, stakeholder);
    }

    @Transactional
    public ParticipantView update(UUID workshopId, UUID participantId, String ifMatch, ParticipantUpdate input) {
        Workshop workshop = workshops.lockedWritable(workshopId);
        Participant participant = find(workshop, participantId);
        Versions.requireMatch(ifMatch, participant.version);
        ParticipantStatus before = participant.status;
        participant.moveTo(seating.admit(workshop, before, input.status()));
        participant.touched(access.caller().username());
        // A no-show is recorded at the workshop, too late for anyone on the waitlist to move up.
        if (before.holdsSeat() && !participant.status.holdsSeat() && participant.status != ParticipantStatus.NO_SHOW) {
            seating.fillFreeSeats(workshop, access.caller().username());
        }
        participants.flush();
        return ParticipantView.of(participant, stakeholders.get(participant.stakeholderId));
    }

    @Transactional
    public void remove(UUID workshopId, UUID participantId, String ifMatch) {
        Workshop workshop = workshops.lockedWritable(workshopId);
        Participant participant = find(workshop, participantId);
        Versions.requireMatch(ifMatch, participant.version);
        leave(workshop, participant);
    }

    /**
     * A deleted stakeholder leaves every workshop they take part in as if removed from it, so that a seat they held
     * goes to the waitlist. Each workshop is locked before its participant is read again, in the order of their ids,
     * so that concurrent deletions cannot deadlock.
     */
    void leaveAll(@Observes StakeholderDeletion deletion) {
        for (UUID workshopId : participants.workshopsOf(deletion.stakeholderId())) {
            Workshop workshop = workshops.lockedWritable(workshopId);
            participants
                    .ofStakeholder(workshop.id, deletion.stakeholderId())
                    .ifPresent(participant -> leave(workshop, participant));
        }
    }

    /** Deletes a participant of a workshop whose lock the caller holds; a seat it held goes to the waitlist. */
    private void leave(Workshop workshop, Participant participant) {
        participants.delete(participant);
        if (participant.status.holdsSeat()) {
            seating.fillFreeSeats(workshop, access.caller().username());
        }
        participants.flush();
    }

    private Participant find(Workshop workshop, UUID participantId) {
        return participants.find(workshop.id, participantId).orElseThrow(() -> ApiException.notFound(WHAT));
    }

    private List<ParticipantRepository.Row> visible(List<ParticipantRepository.Row> rows) {
        return rows.stream().filter(row -> access.canRead(row.stakeholder())).toList();
    }
}
