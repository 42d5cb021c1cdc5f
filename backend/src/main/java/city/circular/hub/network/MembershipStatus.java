package city.circular.hub.network;

import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NetworkMembershipStatus",
        description = "Where a membership stands: INVITED by the coordinator or REQUESTED by the organization, until "
                + "the other side ACCEPTED or DECLINED it; an accepted membership ends as LEFT (by the member) or "
                + "REMOVED (by the coordinator).")
public enum MembershipStatus {
    INVITED,
    REQUESTED,
    ACCEPTED,
    DECLINED,
    LEFT,
    REMOVED;

    /** The statuses of a membership that is not over: an organization has at most one of them per network. */
    public static final Set<MembershipStatus> OPEN = Set.of(INVITED, REQUESTED, ACCEPTED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
