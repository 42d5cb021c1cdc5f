package city.circular.hub.network;

import static city.circular.hub.common.Strings.blankToNull;

import city.circular.hub.change.ChangeStamp;
import city.circular.hub.common.ApiException;
import city.circular.hub.common.ProblemType;
import city.circular.hub.common.Versions;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.organization.AccessPolicy.NetworkParties;
import city.circular.hub.organization.WriteCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The check-in log of an advisor assignment: written by the assigned advisor or the coordinator's editors, read by
 * them, the coordinator's other members and the municipality's members; nobody else learns it exists (404).
 */
@ApplicationScoped
public class CheckInService implements WriteCheck {

    static final String WHAT = "Check-in";

    private final AdvisorService advisors;
    private final CheckInRepository checkIns;
    private final AccessPolicy access;
    private final ChangeStamp changes;

    public CheckInService(
            AdvisorService advisors, CheckInRepository checkIns, AccessPolicy access, ChangeStamp changes) {
        this.advisors = advisors;
        this.checkIns = checkIns;
        this.access = access;
        this.changes = changes;
    }

    /**
     * Before a body is read: the caller reads the network's content (404 otherwise) and writes check-ins in it, as
     * the coordinator's editor or as an advisor assigned in it (403 otherwise). The assignment itself is checked by
     * the service.
     */
    @Override
    public void checkWritable(UUID networkId) {
        NetworkParties parties = advisors.parties(networkId);
        access.readableNetworkContent(parties, NetworkService.WHAT);
        if (!advisors.writesCheckInsIn(networkId, parties)) {
            throw forbidden();
        }
    }

    public CheckInList list(UUID networkId, UUID assignmentId) {
        AdvisorAssignment a = advisors.visible(networkId, assignmentId);
        return new CheckInList(
                checkIns.ofAssignment(a.id).stream().map(CheckInView::of).toList());
    }

    public CheckInView get(UUID networkId, UUID assignmentId, UUID checkInId) {
        return CheckInView.of(checkInOf(advisors.visible(networkId, assignmentId), checkInId));
    }

    @Transactional
    public CheckInView create(UUID networkId, UUID assignmentId, CheckInInput input) {
        AdvisorAssignment a = writable(networkId, assignmentId);
        AdvisorCheckIn c = new AdvisorCheckIn();
        c.created(access.caller().username());
        c.assignmentId = a.id;
        apply(input, a, c);
        checkIns.persist(c);
        checkIns.flush();
        return CheckInView.of(c);
    }

    @Transactional
    public CheckInView update(UUID networkId, UUID assignmentId, UUID checkInId, String ifMatch, CheckInInput input) {
        AdvisorAssignment a = writable(networkId, assignmentId);
        AdvisorCheckIn c = checkInOf(a, checkInId);
        Versions.requireMatch(ifMatch, c.version);
        apply(input, a, c);
        c.touched(access.caller().username());
        checkIns.flush();
        return CheckInView.of(c);
    }

    @Transactional
    public void delete(UUID networkId, UUID assignmentId, UUID checkInId, String ifMatch) {
        AdvisorAssignment a = writable(networkId, assignmentId);
        AdvisorCheckIn c = checkInOf(a, checkInId);
        Versions.requireMatch(ifMatch, c.version);
        checkIns.delete(c);
        checkIns.flush();
    }

    private AdvisorAssignment writable(UUID networkId, UUID assignmentId) {
        AdvisorAssignment a = advisors.visible(networkId, assignmentId);
        if (!advisors.writesCheckIns(a, advisors.parties(networkId))) {
            throw forbidden();
        }
        changes.stamp(access.caller().username());
        return a;
    }

    private AdvisorCheckIn checkInOf(AdvisorAssignment a, UUID checkInId) {
        AdvisorCheckIn c = checkIns.findById(checkInId);
        if (c == null || !c.assignmentId.equals(a.id)) {
            throw ApiException.notFound(WHAT);
        }
        return c;
    }

    /** A check-in lies in the assignment's period. */
    private static void apply(CheckInInput input, AdvisorAssignment a, AdvisorCheckIn c) {
        if (input.heldOn().isBefore(a.startsOn)
                || (a.endsOn != null && input.heldOn().isAfter(a.endsOn))) {
            throw ApiException.rule(
                    "A check-in lies in the assignment's period.",
                    "heldOn",
                    "is outside the assignment's period " + a.startsOn + " to "
                            + (a.endsOn == null ? "open end" : a.endsOn));
        }
        c.heldOn = input.heldOn();
        c.format = input.format();
        c.topics = input.topics().strip();
        c.agreements = blankToNull(input.agreements());
        c.nextSteps = blankToNull(input.nextSteps());
        c.followUpOn = input.followUpOn();
    }

    private static ApiException forbidden() {
        return new ApiException(
                ProblemType.FORBIDDEN, "Only the assigned advisor and the network's coordinator write check-ins.");
    }
}
