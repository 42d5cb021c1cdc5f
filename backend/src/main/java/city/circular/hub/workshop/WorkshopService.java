package city.circular.hub.workshop;

import static city.circular.hub.common.Strings.blankToNull;

import city.circular.hub.common.Agenda;
import city.circular.hub.common.ApiException;
import city.circular.hub.common.Cursor;
import city.circular.hub.common.Dirty;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.Slice;
import city.circular.hub.common.Versions;
import city.circular.hub.common.Visibility;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.organization.OrganizationService;
import city.circular.hub.organization.WriteCheck;
import city.circular.hub.stakeholder.Stakeholder;
import city.circular.hub.stakeholder.StakeholderService;
import city.circular.hub.strategy.Strategy;
import city.circular.hub.strategy.StrategyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Workshops with their facilitators and agenda. Every workshop is loaded through the access policy; the records
 * that hang off a workshop (participants, outcomes, follow-ups) are read and written with it.
 */
@ApplicationScoped
public class WorkshopService implements WriteCheck {

    static final String WHAT = "Workshop";
    private static final String STAKEHOLDER = "Stakeholder";

    private final WorkshopRepository workshops;
    private final FacilitatorRepository facilitators;
    private final AgendaRepository agenda;
    private final ParticipantRepository participants;
    private final StakeholderService stakeholders;
    private final StrategyService strategies;
    private final Seating seating;
    private final OrganizationService organizations;
    private final AccessPolicy access;

    public WorkshopService(
            WorkshopRepository workshops,
            FacilitatorRepository facilitators,
            AgendaRepository agenda,
            ParticipantRepository participants,
            StakeholderService stakeholders,
            StrategyService strategies,
            Seating seating,
            OrganizationService organizations,
            AccessPolicy access) {
        this.workshops = workshops;
        this.facilitators = facilitators;
        this.agenda = agenda;
        this.participants = participants;
        this.stakeholders = stakeholders;
        this.strategies = strategies;
        this.seating = seating;
        this.organizations = organizations;
        this.access = access;
    }

    @Override
    public void checkWritable(UUID id) {
        writable(id);
    }

    public WorkshopPage list(WorkshopRepository.Filter filter, PageRequest page) {
        if (filter.from() != null && filter.to() != null && !filter.to().isAfter(filter.from())) {
            throw ApiException.invalid("to", "must be after from");
        }
        Slice<Workshop> slice = Slice.of(
                workshops.search(access.readScope(), filter, page.plusOne()),
                page.limit(),
                w -> Cursor.of(w.startsAt, w.id));
        Map<UUID, Map<ParticipantStatus, Long>> counts = participants.statusCounts(slice.map(w -> w.id)).stream()
                .collect(Collectors.groupingBy(
                        ParticipantRepository.StatusCount::workshopId,
                        Collectors.toMap(
                                ParticipantRepository.StatusCount::status, ParticipantRepository.StatusCount::count)));
        return new WorkshopPage(
                slice.map(w -> {
                    Map<ParticipantStatus, Long> of = counts.getOrDefault(w.id, Map.of());
                    return WorkshopMapper.toSummary(
                            w, ParticipantStatus.seatsTaken(of), of.getOrDefault(ParticipantStatus.WAITLIST, 0L));
                }),
                slice.next());
    }

    public WorkshopView get(UUID id) {
        return view(readable(id));
    }

    @Transactional
    public WorkshopView create(WorkshopInput input) {
        UUID owner = access.organizationForNewRecord(input.organizationId());
        workshops.requireUniqueExternalId(owner, input.externalId(), null, "workshop");
        UUID strategyId = strategyOf(owner, input.strategyId());
        Workshop workshop = new Workshop();
        workshop.created(owner, access.caller().username());
        workshop.timeZone = organizations.get(owner).timeZone;
        List<Facilitator> team = facilitatorsFor(workshop, input.facilitators());
        workshop.strategyId = strategyId;
        WorkshopMapper.apply(input, workshop);
        workshops.persist(workshop);
        facilitators.persist(team);
        workshops.flush();
        return view(workshop);
    }

    @Transactional
    public WorkshopView update(UUID id, String ifMatch, WorkshopInput input) {
        Workshop workshop = lockedWritable(id);
        Versions.requireMatch(ifMatch, workshop.version);
        workshops.requireUniqueExternalId(workshop.organizationId, input.externalId(), id, "workshop");
        UUID strategyId = strategyOf(workshop.organizationId, input.strategyId());
        List<Facilitator> team = facilitatorsFor(workshop, input.facilitators());
        long planned = agenda.plannedMinutes(workshop.id);
        long available = Duration.between(input.startsAt(), input.endsAt()).toMinutes();
        if (planned > available) {
            throw ApiException.rule(
                    "The agenda takes " + planned + " minutes; the workshop would have " + available + ".");
        }
        long seatsTaken = seating.seatsTaken(workshop);
        if (input.capacity() < seatsTaken) {
            throw ApiException.rule(seatsTaken + " participants hold a seat; the capacity cannot be lower.");
        }
        boolean sameTeam = sameTeam(facilitators.ofWorkshop(workshop.id), team);
        workshop.strategyId = strategyId;
        WorkshopMapper.apply(input, workshop);
        // Sending what is stored again keeps the version and records no change.
        if (!sameTeam || Dirty.isDirty(workshops.getEntityManager(), workshop)) {
            workshop.touched(access.caller().username());
        }
        if (!sameTeam) {
            facilitators.replace(workshop.id, team);
        }
        // A larger capacity, or a workshop planned again, frees seats for the waitlist.
        seating.fillFreeSeats(workshop, access.caller().username());
        workshops.flush();
        return view(workshop);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Workshop workshop = writable(id);
        Versions.requireMatch(ifMatch, workshop.version);
        workshops.delete(workshop);
        workshops.flush();
    }

    /** Replaces the agenda, which must fit into the workshop; the workshop's version counts the change. */
    @Transactional
    public WorkshopView replaceAgenda(UUID id, String ifMatch, AgendaInput input) {
        Workshop workshop = writable(id);
        Versions.requireMatch(ifMatch, workshop.version);
        List<AgendaItem> items = WorkshopMapper.toAgendaItems(workshop, input);
        Agenda.requireFits(Agenda.plannedMinutes(items), workshop.durationMinutes(), "workshop");
        agenda.replace(workshop.id, items);
        workshop.touched(access.caller().username());
        workshops.flush();
        return view(workshop);
    }

    Workshop readable(UUID id) {
        return access.readable(workshops.findById(id), WHAT);
    }

    Workshop writable(UUID id) {
        return access.writable(workshops.findById(id), WHAT);
    }

    /** A workshop the caller may change, locked until the transaction ends: for changes that count seats. */
    Workshop lockedWritable(UUID id) {
        return access.writable(workshops.findLocked(id), WHAT);
    }

    /**
     * How many workshops each organization held, as a network's roll-up counts them: of the organizations in
     * {@code sharing} the ones they share with their networks (NETWORK or PUBLIC), of those in {@code consenting},
     * which agreed to share aggregates, all. A count only, so no caller check; organizations without any are absent.
     */
    public Map<UUID, Long> heldCountedFor(Collection<UUID> sharing, Collection<UUID> consenting) {
        Map<UUID, Long> held = new HashMap<>();
        if (!sharing.isEmpty()) {
            held.putAll(heldCounts(sharing, Visibility.SHARED));
        }
        if (!consenting.isEmpty()) {
            held.putAll(heldCounts(consenting, List.of(Visibility.values())));
        }
        return held;
    }

    private Map<UUID, Long> heldCounts(Collection<UUID> organizationIds, Collection<Visibility> visibilities) {
        return workshops
                .getEntityManager()
                .createQuery(
                        "select w.organizationId, count(w) from Workshop w where w.organizationId in :o"
                                + " and w.visibility in :visibilities and w.status = :held group by w.organizationId",
                        Object[].class)
                .setParameter("o", organizationIds)
                .setParameter("visibilities", visibilities)
                .setParameter("held", WorkshopStatus.HELD)
                .getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
    }

    /**
     * The organization's workshops held (status HELD) that ended after {@code from} (if given) up to {@code to}, by
     * start. For a member of the organization only, such as a network status report it drafts.
     */
    public List<WorkshopHeld> heldBy(UUID organizationId, Instant from, Instant to) {
        if (!access.caller().isMemberOf(organizationId)) {
            throw ApiException.notFound("Organization");
        }
        return workshops
                .list(
                        "organizationId = ?1 and status = ?2 and endsAt > ?3 and endsAt <= ?4 order by startsAt, id",
                        organizationId,
                        WorkshopStatus.HELD,
                        from == null ? Instant.EPOCH : from,
                        to)
                .stream()
                .map(w -> new WorkshopHeld(w.id, w.title, w.startsAt, w.endsAt))
                .toList();
    }

    Map<UUID, WorkshopRepository.Label> labels(List<UUID> ids) {
        return workshops.labels(ids);
    }

    /** Facilitators naming a stakeholder the caller may not read are left out, as everywhere else. */
    private WorkshopView view(Workshop workshop) {
        List<FacilitatorRepository.Row> visible = facilitators.withStakeholders(workshop.id).stream()
                .filter(row -> row.stakeholder() == null || access.canRead(row.stakeholder()))
                .toList();
        return WorkshopMapper.toView(workshop, visible, agenda.ofWorkshop(workshop.id));
    }

    private UUID strategyOf(UUID owner, UUID strategyId) {
        if (strategyId == null) {
            return null;
        }
        Strategy strategy = strategies.getWritable(strategyId);
        if (!strategy.organizationId.equals(owner)) {
            throw ApiException.rule("A workshop can only work on a strategy of its own organization.");
        }
        return strategy.id;
    }

    /** Checks that named stakeholders are readable and in the workshop owner's register, before anything changes. */
    private static boolean sameTeam(List<Facilitator> current, List<Facilitator> next) {
        Function<List<Facilitator>, List<String>> keys = list -> list.stream()
                .map(f -> f.position + "/" + f.stakeholderId + "/" + f.organizationName + "/" + f.role)
                .toList();
        return keys.apply(current).equals(keys.apply(next));
    }

    private List<Facilitator> facilitatorsFor(Workshop workshop, List<WorkshopInput.FacilitatorInput> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = inputs.stream()
                .map(WorkshopInput.FacilitatorInput::stakeholderId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<UUID, Stakeholder> found = stakeholders.byIds(ids);
        List<Facilitator> team = new ArrayList<>();
        for (WorkshopInput.FacilitatorInput input : inputs) {
            Facilitator f = new Facilitator();
            f.id = UUID.randomUUID();
            f.workshopId = workshop.id;
            f.position = team.size() + 1;
            f.role = blankToNull(input.role());
            if (input.stakeholderId() != null) {
                Stakeholder s = access.readable(found.get(input.stakeholderId()), STAKEHOLDER);
                if (!s.organizationId.equals(workshop.organizationId)) {
                    throw ApiException.rule(
                            "A facilitator from the register must be a stakeholder of the workshop's organization.");
                }
                f.stakeholderId = s.id;
            } else {
                f.organizationName = input.organizationName().strip();
            }
            team.add(f);
        }
        return team;
    }
}
