package city.circular.hub.practice;

import city.circular.hub.common.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CommentRepository implements PanacheRepositoryBase<PracticeComment, UUID> {

    /** The thread in the order it was written, one page (plus one) at a time. */
    List<PracticeComment> ofPractice(UUID practiceId, PageRequest page) {
        if (page.after() == null) {
            return find("practiceId = ?1 order by createdAt, id", practiceId)
                    .range(0, page.limit())
                    .list();
        }
        return find(
                        "practiceId = ?1 and (createdAt > ?2 or (createdAt = ?2 and id > ?3)) order by createdAt, id",
                        practiceId,
                        page.after().instant(),
                        page.after().id())
                .range(0, page.limit())
                .list();
    }
}
