package city.circular.hub.practice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PracticeCommentKind", description = "A question the owner is asked to answer, or a comment.")
public enum CommentKind {
    QUESTION,
    COMMENT
}
