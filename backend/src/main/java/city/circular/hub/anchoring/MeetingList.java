package city.circular.hub.anchoring;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "FollowGroupMeetingList",
        description = "A follow group's meetings, the latest first.",
        requiredProperties = {"items"})
public record MeetingList(List<MeetingView> items) {}
