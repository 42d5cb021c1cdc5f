package city.circular.hub.strategy;

import city.circular.hub.anchoring.CouncilDecisions;
import city.circular.hub.common.ApiException;
import city.circular.hub.common.Cursor;
import city.circular.hub.common.Dirty;
import city.circular.hub.common.FieldError;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.ProblemType;
import city.circular.hub.common.Versions;
import city.circular.hub.common.Visibility;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.organization.WriteCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Strategy use cases: every record is loaded through the access policy, every write checks the version. */
@ApplicationScoped
public class StrategyService implements WriteCheck {

    private static final String WHAT = "Strategy";

    private final StrategyRepository strategies;
    private final AccessPolicy access;
    private final CouncilDecisions decisions;
    private final Event<StrategyAdopted> adopted;

    public StrategyService(
            StrategyRepository strategies,
            AccessPolicy access,
            CouncilDecisions decisions,
            Event<StrategyAdopted> adopted) {
        this.decisions = decisions;
        this.adopted = adopted;
        this.strategies = strategies;
        this.access = access;
    }

    @Override
    public void checkWritable(UUID id) {
        getWritable(id);
    }

    public StrategyPage list(StrategyFilter filter, PageRequest page) {
        List<Strategy> found =
                strategies.search(access.readScope(), filter, new PageRequest(page.limit() + 1, page.after()));
        boolean more = found.size() > page.limit();
        List<Strategy> items = more ? found.subList(0, page.limit()) : found;
        String next =
                more ? Cursor.of(items.getLast().updatedAt, items.getLast().id).encode() : null;
        return new StrategyPage(items.stream().map(StrategyMapper::toView).toList(), next);
    }

    public Strategy get(UUID id) {
        return access.readable(strategies.findById(id), WHAT);
    }

    /** The ids of an organization's strategies, for a member of it (404 otherwise). */
    public List<UUID> idsOf(UUID organizationId) {
        if (!access.caller().isMemberOf(organizationId)) {
            throw ApiException.notFound("Organization");
        }
        return strategies.list("organizationId", organizationId).stream()
                .map(s -> s.id)
                .toList();
    }

    /**
     * Up to {@code limit} of an organization's strategies that are not superseded, latest change first, whatever
     * their visibility: for a member of it (404 otherwise), such as its dashboard.
     */
    public List<Strategy> currentOf(UUID organizationId, int limit) {
        if (!access.caller().isMemberOf(organizationId)) {
            throw ApiException.notFound("Organization");
        }
        return strategies
                .find(
                        "organizationId = ?1 and status <> ?2 order by updatedAt desc, id desc",
                        organizationId,
                        StrategyStatus.SUPERSEDED)
                .page(0, limit)
                .list();
    }

    /** What a network's roll-up counts of a strategy: its owner and status, never its title or content. */
    public record Counted(UUID id, UUID organizationId, StrategyStatus status) {}

    /**
     * The current strategies (not superseded) a network's roll-up counts: of the organizations in {@code sharing}
     * the ones they share with their networks (NETWORK or PUBLIC), of those in {@code consenting}, which agreed to
     * share aggregates, all of them. As figures only, so no caller check and nothing but owner and status.
     */
    public List<Counted> countedFor(Collection<UUID> sharing, Collection<UUID> consenting) {
        List<Counted> counted = new ArrayList<>();
        if (!sharing.isEmpty()) {
            strategies
                    .list(
                            "organizationId in ?1 and visibility in ?2 and status <> ?3",
                            sharing,
                            Visibility.SHARED,
                            StrategyStatus.SUPERSEDED)
                    .forEach(s -> counted.add(new Counted(s.id, s.organizationId, s.status)));
        }
        if (!consenting.isEmpty()) {
            strategies
                    .list("organizationId in ?1 and status <> ?2", consenting, StrategyStatus.SUPERSEDED)
                    .forEach(s -> counted.add(new Counted(s.id, s.organizationId, s.status)));
        }
        return counted;
    }

    /** Whether a strategy exists and belongs to the organization, for records of that organization that name one. */
    public boolean belongsTo(UUID strategyId, UUID organizationId) {
        Strategy strategy = strategies.findById(strategyId);
        return strategy != null && strategy.organizationId.equals(organizationId);
    }

    /** A strategy the caller may change; 404 or 403 otherwise. For features that hang records off a strategy. */
    public Strategy getWritable(UUID id) {
        return access.writable(strategies.findById(id), WHAT);
    }

    /**
     * Like {@link #getWritable}, and locked until the transaction ends. Changes to a strategy's outline renumber
     * siblings; serializing them per strategy keeps positions 0..n-1 under concurrent edits.
     */
    public Strategy forChangingOutline(UUID id) {
        return access.writable(strategies.findById(id, LockModeType.PESSIMISTIC_WRITE), WHAT);
    }

    @Transactional
    public Strategy create(StrategyInput input) {
        UUID owner = access.organizationForNewRecord(input.organizationId());
        Strategy strategy = new Strategy();
        strategies.requireUniqueExternalId(owner, input.externalId(), null, "strategy");
        strategy.created(owner, access.caller().username());
        StrategyMapper.apply(input, strategy);
        strategies.persistAndFlush(strategy);
        return strategy;
    }

    @Transactional
    public Strategy update(UUID id, String ifMatch, StrategyInput input) {
        Strategy strategy = writable(id, ifMatch);
        strategies.requireUniqueExternalId(strategy.organizationId, input.externalId(), strategy.id, "strategy");
        StrategyMapper.apply(input, strategy);
        Dirty.touchIfChanged(
                strategies.getEntityManager(), strategy, access.caller().username());
        strategies.flush();
        return strategy;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Strategy strategy = writable(id, ifMatch);
        strategies.delete(strategy);
        strategies.flush();
    }

    @Transactional
    public Strategy changeStatus(UUID id, String ifMatch, StrategyStatusChange change) {
        Strategy strategy = writable(id, ifMatch);
        return move(strategy, change, access.caller().username());
    }

    /**
     * The same move for work done without a caller (the demo data at start-up): the lifecycle rules, the adoption
     * and the version it freezes are those of {@link #changeStatus}; there is no one to check access for.
     */
    @Transactional
    public Strategy changeStatusOnBehalf(UUID id, StrategyStatusChange change, String actor) {
        Strategy strategy = strategies.findById(id);
        if (strategy == null) {
            throw ApiException.notFound(WHAT);
        }
        return move(strategy, change, actor);
    }

    private Strategy move(Strategy strategy, StrategyStatusChange change, String actor) {
        StrategyStatus target = change.status();
        if (!strategy.status.canMoveTo(target)) {
            throw ApiException.rule("A strategy cannot move from " + strategy.status + " to " + target
                    + ". Allowed next: " + (strategy.status.next().isEmpty() ? "none" : strategy.status.next()) + ".");
        }
        if (target == StrategyStatus.ADOPTED) {
            recordAdoption(strategy, change.adoption());
        } else if (change.adoption() != null) {
            throw new ApiException(
                    ProblemType.RULE_VIOLATION,
                    "Only a move to ADOPTED records an adoption.",
                    List.of(new FieldError("adoption", "must be absent unless status is ADOPTED")));
        }
        if (target == StrategyStatus.DRAFT) {
            strategy.decisionBody = null;
            strategy.decidedOn = null;
            strategy.decisionReference = null;
            strategy.decisionId = null;
        }
        strategy.status = target;
        strategy.touched(actor);
        strategies.flush();
        if (target == StrategyStatus.ADOPTED) {
            adopted.fire(new StrategyAdopted(StrategyMapper.toView(strategy), actor));
        }
        return strategy;
    }

    /**
     * The council decision of this adoption replaces the one before (a re-adoption after a revision), which it
     * cannot predate.
     */
    private void recordAdoption(Strategy strategy, Adoption adoption) {
        if (adoption == null) {
            throw new ApiException(
                    ProblemType.RULE_VIOLATION,
                    "Adopting a strategy requires the decision body, date and reference.",
                    List.of(new FieldError("adoption", "is required when status is ADOPTED")));
        }
        if (strategy.decidedOn != null && adoption.decidedOn().isBefore(strategy.decidedOn)) {
            throw ApiException.rule(
                    "A re-adoption cannot be decided before the adoption it replaces.",
                    "adoption.decidedOn",
                    "must not be before " + strategy.decidedOn + ", the date of the adoption in force");
        }
        if (adoption.decisionId() != null) {
            decisions.requireOwn(adoption.decisionId(), strategy.organizationId, "adoption.decisionId");
        }
        strategy.decisionBody = adoption.decisionBody().strip();
        strategy.decidedOn = adoption.decidedOn();
        strategy.decisionReference = adoption.reference().strip();
        strategy.decisionId = adoption.decisionId();
    }

    private Strategy writable(UUID id, String ifMatch) {
        Strategy strategy = access.writable(strategies.findById(id), WHAT);
        Versions.requireMatch(ifMatch, strategy.version);
        return strategy;
    }
}
