package city.circular.hub.practice;

import city.circular.hub.common.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Practice",
        description = "A good practice with its context, results and how often other cities adopted it.",
        requiredProperties = {
            "id", "organizationId", "organizationName", "title", "context", "results", "fieldsOfAction", "sdgTargets",
            "maturity", "language", "licence", "attachments", "status", "adoptionCount", "visibility", "version",
            "createdAt", "updatedAt"
        })
public record PracticeView(
        UUID id,
        UUID organizationId,
        @Schema(examples = "Stadt Musterstadt") String organizationName,
        String title,
        String summary,
        Context context,
        String problem,
        String approach,
        Results results,
        String successFactors,
        String barriers,
        String costAndEffort,
        String duration,
        String transferConditions,
        String lessonsLearned,
        OrganizationRef contactOrganization,
        List<String> fieldsOfAction,
        List<String> sdgTargets,
        Maturity maturity,
        String language,
        String licence,
        List<Attachment> attachments,
        PracticeStatus status,
        Instant publishedAt,
        UUID sourceProjectId,

        @Schema(description = "How many starter projects adopted the practice: from lighthouse to broad application")
        long adoptionCount,

        Visibility visibility,
        String externalId,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    @Schema(
            name = "PracticeContextView",
            requiredProperties = {})
    public record Context(String municipality, String country, PopulationBand populationBand, RegionType regionType) {}

    @Schema(name = "PracticeResultsView")
    public record Results(
            String text,
            java.math.BigDecimal co2eTonnesPerYear,
            java.math.BigDecimal renewableMwhPerYear,
            java.math.BigDecimal materialTonnesPerYear,
            FiguresBasis basis) {}

    @Schema(
            name = "PracticeAttachment",
            requiredProperties = {"title", "url"})
    public record Attachment(String title, String url) {}

    @Schema(
            name = "OrganizationRef",
            requiredProperties = {"id", "name"})
    public record OrganizationRef(UUID id, String name) {}
}
