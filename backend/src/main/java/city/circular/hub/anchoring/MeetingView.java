package city.circular.hub.anchoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "FollowGroupMeeting",
        description = "A meeting of a politicians' follow group.",
        requiredProperties = {
            "id",
            "followGroupId",
            "heldOn",
            "topics",
            "version",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy"
        })
public record MeetingView(
        UUID id,
        UUID followGroupId,
        LocalDate heldOn,
        String topics,
        String notes,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static MeetingView of(FollowGroupMeeting m) {
        return new MeetingView(
                m.id,
                m.followGroupId,
                m.heldOn,
                m.topics,
                m.notes,
                m.version,
                m.createdAt,
                m.createdBy,
                m.updatedAt,
                m.updatedBy);
    }
}
