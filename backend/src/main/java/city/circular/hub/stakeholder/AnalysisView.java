package city.circular.hub.stakeholder;

import city.circular.hub.common.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StakeholderAnalysis", description = "A stakeholder analysis of a strategy.")
public record AnalysisView(
        UUID id,
        UUID organizationId,
        UUID strategyId,
        @Schema(examples = "Stakeholderanalyse 2026") String title,
        AnalysisMethod method,
        @Schema(examples = "2026-02-15") LocalDate conductedOn,
        AnalysisStatus status,
        @Schema(examples = "Wuppertal Institut") String facilitator,
        Visibility visibility,
        String externalId,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static AnalysisView of(StakeholderAnalysis a) {
        return new AnalysisView(
                a.id,
                a.organizationId,
                a.strategyId,
                a.title,
                a.method,
                a.conductedOn,
                a.status,
                a.facilitator,
                a.visibility,
                a.externalId,
                a.version,
                a.createdAt,
                a.createdBy,
                a.updatedAt,
                a.updatedBy);
    }
}
