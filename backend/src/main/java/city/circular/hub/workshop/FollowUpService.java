package city.circular.hub.workshop;

import static city.circular.hub.common.Strings.blankToNull;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.Cursor;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.Slice;
import city.circular.hub.common.Versions;
import city.circular.hub.organization.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;

/** The tasks agreed in workshops: per workshop, and across the workshops a caller may read. */
@ApplicationScoped
public class FollowUpService {

    private static final String WHAT = "Follow-up";

    private final WorkshopService workshops;
    private final FollowUpRepository followUps;
    private final AccessPolicy access;

    public FollowUpService(WorkshopService workshops, FollowUpRepository followUps, AccessPolicy access) {
        this.workshops = workshops;
        this.followUps = followUps;
        this.access = access;
    }

    public FollowUpPage search(FollowUpRepository.Filter filter, PageRequest page) {
        Slice<FollowUp> slice = Slice.of(
                followUps.search(access.readScope("w"), filter, page.plusOne()),
                page.limit(),
                f -> new Cursor(f.dueDate.toString(), f.id));
        Map<UUID, WorkshopRepository.Label> labels = workshops.labels(
                slice.map(f -> f.workshopId).stream().distinct().toList());
        return new FollowUpPage(
                slice.map(f -> {
                    WorkshopRepository.Label label = labels.get(f.workshopId);
                    return FollowUpView.of(f, label.title(), label.zone());
                }),
                slice.next());
    }

    public FollowUpList list(UUID workshopId) {
        Workshop workshop = workshops.readable(workshopId);
        return new FollowUpList(
                workshop.id,
                followUps.ofWorkshop(workshop.id).stream()
                        .map(f -> FollowUpView.of(f, workshop.title, workshop.zone()))
                        .toList());
    }

    public FollowUpView get(UUID workshopId, UUID followUpId) {
        Workshop workshop = workshops.readable(workshopId);
        return FollowUpView.of(find(workshop, followUpId), workshop.title, workshop.zone());
    }

    @Transactional
    public FollowUpView create(UUID workshopId, FollowUpInput input) {
        Workshop workshop = workshops.writable(workshopId);
        FollowUp followUp = new FollowUp();
        followUp.created(access.caller().username());
        followUp.workshopId = workshop.id;
        apply(input, followUp);
        followUps.persistAndFlush(followUp);
        return FollowUpView.of(followUp, workshop.title, workshop.zone());
    }

    @Transactional
    public FollowUpView update(UUID workshopId, UUID followUpId, String ifMatch, FollowUpInput input) {
        Workshop workshop = workshops.writable(workshopId);
        FollowUp followUp = find(workshop, followUpId);
        Versions.requireMatch(ifMatch, followUp.version);
        apply(input, followUp);
        followUp.touched(access.caller().username());
        followUps.flush();
        return FollowUpView.of(followUp, workshop.title, workshop.zone());
    }

    @Transactional
    public void delete(UUID workshopId, UUID followUpId, String ifMatch) {
        FollowUp followUp = find(workshops.writable(workshopId), followUpId);
        Versions.requireMatch(ifMatch, followUp.version);
        followUps.delete(followUp);
        followUps.flush();
    }

    private FollowUp find(Workshop workshop, UUID followUpId) {
        return followUps.find(workshop.id, followUpId).orElseThrow(() -> ApiException.notFound(WHAT));
    }

    private static void apply(FollowUpInput input, FollowUp f) {
        f.title = input.title().strip();
        f.owner = blankToNull(input.owner());
        f.dueDate = input.dueDate();
        f.done = Boolean.TRUE.equals(input.done());
    }
}
