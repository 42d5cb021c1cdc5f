package city.circular.hub.version;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "StrategyVersionSummary",
        description = "One adopted version of a strategy, without its snapshot.",
        requiredProperties = {"number", "adoptedAt", "adoptedBy", "decisionBody", "decidedOn", "decisionReference"})
public record StrategyVersionSummary(
        @Schema(description = "1 for the first adoption, then counting up", examples = "2", minimum = "1")
        int number,

        Instant adoptedAt,
        @Schema(examples = "erika.mustermann") String adoptedBy,
        @Schema(examples = "Rat der Stadt Musterstadt") String decisionBody,
        @Schema(examples = "2026-03-12") LocalDate decidedOn,
        @Schema(examples = "Drucksache 0815/2026") String decisionReference) {

    static StrategyVersionSummary of(StrategyVersion v) {
        return new StrategyVersionSummary(
                v.number, v.adoptedAt, v.adoptedBy, v.decisionBody, v.decidedOn, v.decisionReference);
    }
}
