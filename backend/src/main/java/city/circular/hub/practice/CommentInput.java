package city.circular.hub.practice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PracticeCommentInput",
        description = "A question or comment on a practice, signed by the caller's organization.")
public record CommentInput(
        @Schema(description = "The organization that asks; only when the caller edits for several")
        UUID organizationId,

        @NotNull CommentKind kind,

        @NotBlank @Size(max = 4000) @Schema(examples = "Wie habt ihr die Gewährleistung für gebrauchte Türen gelöst?")
        String text) {}
