package city.circular.hub.anchoring;

import static city.circular.hub.common.Strings.blankToNull;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.Cursor;
import city.circular.hub.common.FieldError;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.ProblemType;
import city.circular.hub.common.Slice;
import city.circular.hub.common.Versions;
import city.circular.hub.common.Visibility;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.organization.WriteCheck;
import city.circular.hub.project.StarterProjectService;
import city.circular.hub.strategy.StrategyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A municipality's council and committee decisions. Tenant records: read as their visibility says, changed by the
 * owner's editors; a linked strategy or starter project must be the owner's own.
 */
@ApplicationScoped
public class CouncilDecisionService implements WriteCheck {

    static final String WHAT = "Council decision";

    private final CouncilDecisionRepository decisions;
    private final StrategyService strategies;
    private final StarterProjectService projects;
    private final AccessPolicy access;

    public CouncilDecisionService(
            CouncilDecisionRepository decisions,
            StrategyService strategies,
            StarterProjectService projects,
            AccessPolicy access) {
        this.decisions = decisions;
        this.strategies = strategies;
        this.projects = projects;
        this.access = access;
    }

    @Override
    public void checkWritable(UUID id) {
        access.writable(decisions.findById(id), WHAT);
    }

    public CouncilDecisionPage list(CouncilDecisionRepository.Filter filter, PageRequest page) {
        Slice<CouncilDecision> slice = Slice.of(
                decisions.search(access.readScope(), filter, page.plusOne()),
                page.limit(),
                d -> new Cursor(d.decidedOn.toString(), d.id));
        return new CouncilDecisionPage(slice.map(CouncilDecisionView::of), slice.next());
    }

    public CouncilDecision get(UUID id) {
        return access.readable(decisions.findById(id), WHAT);
    }

    @Transactional
    public CouncilDecision create(CouncilDecisionInput input) {
        UUID owner = access.organizationForNewRecord(input.organizationId());
        requireOwnLinks(owner, input);
        decisions.requireUniqueExternalId(owner, input.externalId(), null, "council decision");
        CouncilDecision decision = new CouncilDecision();
        decision.created(owner, access.caller().username());
        apply(input, decision);
        decisions.persistAndFlush(decision);
        return decision;
    }

    @Transactional
    public CouncilDecision update(UUID id, String ifMatch, CouncilDecisionInput input) {
        CouncilDecision decision = writable(id, ifMatch);
        requireOwnLinks(decision.organizationId, input);
        decisions.requireUniqueExternalId(decision.organizationId, input.externalId(), id, "council decision");
        apply(input, decision);
        decision.touched(access.caller().username());
        decisions.flush();
        return decision;
    }

    /** Deletes the decision; a strategy adopted by it keeps its adoption without the link. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        CouncilDecision decision = writable(id, ifMatch);
        decisions.delete(decision);
        decisions.flush();
    }

    private CouncilDecision writable(UUID id, String ifMatch) {
        CouncilDecision decision = access.writable(decisions.findById(id), WHAT);
        Versions.requireMatch(ifMatch, decision.version);
        return decision;
    }

    private void requireOwnLinks(UUID owner, CouncilDecisionInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.strategyId() != null && !strategies.belongsTo(input.strategyId(), owner)) {
            errors.add(new FieldError("strategyId", "is not a strategy of the same organization"));
        }
        if (input.projectId() != null && !projects.belongsTo(input.projectId(), owner)) {
            errors.add(new FieldError("projectId", "is not a starter project of the same organization"));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(
                    ProblemType.RULE_VIOLATION,
                    "A decision is linked to a strategy or project of its own organization.",
                    errors);
        }
    }

    private static void apply(CouncilDecisionInput input, CouncilDecision d) {
        d.body = input.body().strip();
        d.decidedOn = input.decidedOn();
        d.reference = input.reference().strip();
        d.subject = input.subject().strip();
        d.link = blankToNull(input.link());
        d.strategyId = input.strategyId();
        d.projectId = input.projectId();
        d.visibility = input.visibility() == null ? Visibility.PRIVATE : input.visibility();
        d.externalId = blankToNull(input.externalId());
    }
}
