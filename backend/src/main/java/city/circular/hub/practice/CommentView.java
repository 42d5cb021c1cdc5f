package city.circular.hub.practice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PracticeComment",
        description = "A question or comment of an organization on a practice, with the owner's answer.",
        requiredProperties = {
            "id",
            "practiceId",
            "organizationId",
            "organizationName",
            "kind",
            "text",
            "version",
            "createdAt"
        })
public record CommentView(
        UUID id,
        UUID practiceId,
        UUID organizationId,
        String organizationName,
        CommentKind kind,
        String text,
        String answer,
        Instant answeredAt,
        long version,
        Instant createdAt) {

    @Schema(
            name = "PracticeCommentPage",
            description = "A practice's comment thread, oldest first.",
            requiredProperties = {"items"})
    public record Page(
            List<CommentView> items,

            @Schema(description = "Cursor for the next page; absent on the last page")
            String next) {}
}
