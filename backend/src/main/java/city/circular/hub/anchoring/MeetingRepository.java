package city.circular.hub.anchoring;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<FollowGroupMeeting, UUID> {

    List<FollowGroupMeeting> ofGroup(UUID groupId) {
        return list("followGroupId = ?1 order by heldOn desc, createdAt desc, id", groupId);
    }
}
