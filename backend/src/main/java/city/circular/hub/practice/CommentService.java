package city.circular.hub.practice;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.AuditedRecord;
import city.circular.hub.common.Caller;
import city.circular.hub.common.Cursor;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.ProblemType;
import city.circular.hub.common.Slice;
import city.circular.hub.common.Versions;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.organization.OrganizationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The comment thread of a practice: whoever reads the practice reads the thread; an editor of any organization that
 * reads it may ask; the practice's owner answers. A comment is removed by its own organization or the owner.
 */
@ApplicationScoped
public class CommentService {

    static final String WHAT = "Comment";

    private final PracticeService practices;
    private final CommentRepository comments;
    private final OrganizationService organizations;
    private final AccessPolicy access;

    public CommentService(
            PracticeService practices,
            CommentRepository comments,
            OrganizationService organizations,
            AccessPolicy access) {
        this.practices = practices;
        this.comments = comments;
        this.organizations = organizations;
        this.access = access;
    }

    public CommentView.Page list(UUID practiceId, PageRequest page) {
        Practice practice = practices.readable(practiceId);
        Slice<PracticeComment> slice = Slice.of(
                comments.ofPractice(practice.id, page.plusOne()), page.limit(), c -> Cursor.of(c.createdAt, c.id));
        Map<UUID, String> names = names(slice.map(c -> c.organizationId));
        return new CommentView.Page(slice.map(c -> view(c, names)), slice.next());
    }

    public CommentView get(UUID practiceId, UUID commentId) {
        return view(find(practices.readable(practiceId), commentId));
    }

    @Transactional
    public CommentView add(UUID practiceId, CommentInput input) {
        Practice practice = practices.readable(practiceId);
        UUID author = access.organizationForNewRecord(input.organizationId());
        PracticeComment comment = new PracticeComment();
        comment.created(access.caller().username());
        comment.practiceId = practice.id;
        comment.organizationId = author;
        comment.kind = input.kind();
        comment.text = input.text().strip();
        comments.persistAndFlush(comment);
        return view(comment);
    }

    /** The owner's answer; a later answer replaces the earlier one. Requires the comment's version. */
    @Transactional
    public CommentView answer(UUID practiceId, UUID commentId, String ifMatch, AnswerInput input) {
        Practice practice = practices.readable(practiceId);
        PracticeComment comment = find(practice, commentId);
        if (!access.caller().canWriteFor(practice.organizationId)) {
            throw new ApiException(ProblemType.FORBIDDEN, "Only the practice's organization answers its comments.");
        }
        Versions.requireMatch(ifMatch, comment.version);
        comment.answer = input.text().strip();
        comment.answeredAt = AuditedRecord.now();
        comment.touched(access.caller().username());
        comments.flush();
        return view(comment);
    }

    @Transactional
    public void delete(UUID practiceId, UUID commentId, String ifMatch) {
        Practice practice = practices.readable(practiceId);
        PracticeComment comment = find(practice, commentId);
        Caller caller = access.caller();
        if (!caller.canWriteFor(comment.organizationId) && !caller.canWriteFor(practice.organizationId)) {
            throw new ApiException(
                    ProblemType.FORBIDDEN, "A comment is removed by its own organization or the practice's.");
        }
        Versions.requireMatch(ifMatch, comment.version);
        comments.delete(comment);
        comments.flush();
    }

    private PracticeComment find(Practice practice, UUID commentId) {
        PracticeComment comment = comments.findById(commentId);
        if (comment == null || !comment.practiceId.equals(practice.id)) {
            throw ApiException.notFound(WHAT);
        }
        return comment;
    }

    private CommentView view(PracticeComment comment) {
        return view(comment, names(List.of(comment.organizationId)));
    }

    private static CommentView view(PracticeComment c, Map<UUID, String> names) {
        return new CommentView(
                c.id,
                c.practiceId,
                c.organizationId,
                names.get(c.organizationId),
                c.kind,
                c.text,
                c.answer,
                c.answeredAt,
                c.version,
                c.createdAt);
    }

    private Map<UUID, String> names(List<UUID> ids) {
        return organizations.byIds(Set.copyOf(ids)).stream().collect(Collectors.toMap(o -> o.id, o -> o.name));
    }
}
