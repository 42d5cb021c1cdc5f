package city.circular.hub.anchoring;

import city.circular.hub.common.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "CouncilDecision",
        description = "A decision of a municipality's council or one of its committees.",
        requiredProperties = {
            "id",
            "organizationId",
            "body",
            "decidedOn",
            "reference",
            "subject",
            "visibility",
            "version",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy"
        })
public record CouncilDecisionView(
        UUID id,
        UUID organizationId,
        @Schema(examples = "Rat der Stadt Musterstadt") String body,
        LocalDate decidedOn,
        @Schema(examples = "Drucksache 0815/2026") String reference,
        String subject,
        String link,
        UUID strategyId,
        UUID projectId,
        Visibility visibility,
        String externalId,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static CouncilDecisionView of(CouncilDecision d) {
        return new CouncilDecisionView(
                d.id,
                d.organizationId,
                d.body,
                d.decidedOn,
                d.reference,
                d.subject,
                d.link,
                d.strategyId,
                d.projectId,
                d.visibility,
                d.externalId,
                d.version,
                d.createdAt,
                d.createdBy,
                d.updatedAt,
                d.updatedBy);
    }
}
