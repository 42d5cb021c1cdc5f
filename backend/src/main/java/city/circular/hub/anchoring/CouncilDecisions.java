package city.circular.hub.anchoring;

import city.circular.hub.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** What other features ask of council decisions: whether one is an organization's own, to link a record to it. */
@ApplicationScoped
public class CouncilDecisions {

    private final CouncilDecisionRepository decisions;

    public CouncilDecisions(CouncilDecisionRepository decisions) {
        this.decisions = decisions;
    }

    /** 422 naming the field unless the decision exists and belongs to the organization. */
    public void requireOwn(UUID decisionId, UUID organizationId, String field) {
        CouncilDecision decision = decisions.findById(decisionId);
        if (decision == null || !decision.organizationId.equals(organizationId)) {
            throw ApiException.rule(
                    "A record links to a council decision of its own organization.",
                    field,
                    "is not a council decision of the same organization");
        }
    }
}
