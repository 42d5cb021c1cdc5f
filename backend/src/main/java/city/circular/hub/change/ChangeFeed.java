package city.circular.hub.change;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.ProblemType;
import city.circular.hub.organization.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The partner change feed: every change the caller may read, in an order that never skips a change that commits
 * late and never repeats one behind the cursor.
 */
@ApplicationScoped
public class ChangeFeed {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private final ChangeRepository changes;
    private final AccessPolicy policy;

    public ChangeFeed(ChangeRepository changes, AccessPolicy policy) {
        this.changes = changes;
        this.policy = policy;
    }

    /** A page after the cursor's position, or from the oldest change kept when there is no cursor. */
    @Transactional
    public ChangePage page(ChangePosition cursor, Collection<String> types, UUID organizationId, int limit) {
        ChangePosition horizon = changes.horizon().orElse(ChangePosition.START);
        if (cursor != null && cursor.compareTo(horizon) < 0) {
            throw new ApiException(
                    ProblemType.GONE,
                    "This cursor points to changes that are no longer kept. Read the full lists again, then "
                            + "follow the feed from its start.");
        }
        ChangePosition after = cursor == null ? horizon : cursor;
        List<ChangeRepository.FeedRow> rows = changes.after(
                after,
                policy.nativeOwnScope("c.organization_id"),
                policy.nativeReadScope("c.organization_id", "c.visibility"),
                policy.nativeReadScope("c.organization_id", "c.previous_visibility"),
                types,
                organizationId,
                limit + 1);
        boolean more = rows.size() > limit;
        List<ChangeRepository.FeedRow> page = more ? rows.subList(0, limit) : rows;
        List<ChangeView> items = page.stream().map(ChangeFeed::toView).toList();
        ChangePosition next = page.isEmpty() ? after : page.getLast().change().position();
        return new ChangePage(items, next.encode(), more);
    }

    /** Where the feed stands now: a new reader (a webhook subscription) starts after this. */
    public ChangePosition head() {
        return changes.head();
    }

    /**
     * The next changes after {@code after} as an organization reads them (its own records and what is shared with
     * it), of the given types: what a webhook subscription of that organization delivers.
     */
    public List<ChangeRepository.FeedRow> readBy(
            UUID organizationId, ChangePosition after, Collection<String> types, int limit) {
        return changes.after(
                after,
                policy.nativeOwnScopeOf(organizationId, "c.organization_id"),
                policy.nativeReadScopeOf(organizationId, "c.organization_id", "c.visibility"),
                policy.nativeReadScopeOf(organizationId, "c.organization_id", "c.previous_visibility"),
                types,
                null,
                limit);
    }

    /** A change as a reader sees it: REMOVED where it hid the record from them. */
    public static ChangeView toView(ChangeRepository.FeedRow row) {
        return ChangeView.of(row.change(), row.readable() ? row.change().operation() : ChangeOperation.REMOVED);
    }
}
