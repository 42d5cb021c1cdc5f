package city.circular.hub.practice;

import city.circular.hub.common.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PracticePage",
        description = "One page of the practice library: the best match first when searching by text, else the newest "
                + "change first; with the total and the facet counts of all hits under the same filters.",
        requiredProperties = {"items", "total", "facets"})
public record PracticePage(
        List<Item> items,

        @Schema(description = "Cursor for the next page; absent on the last page")
        String next,

        @Schema(description = "How many practices match the query and filters")
        long total,

        Facets facets) {

    @Schema(
            name = "PracticeSummary",
            description = "A practice as the library lists it.",
            requiredProperties = {
                "id",
                "organizationId",
                "organizationName",
                "title",
                "fieldsOfAction",
                "maturity",
                "language",
                "status",
                "adoptionCount",
                "visibility",
                "version",
                "updatedAt"
            })
    public record Item(
            UUID id,
            UUID organizationId,
            String organizationName,
            String title,
            String summary,
            String country,
            PopulationBand populationBand,
            List<String> fieldsOfAction,
            Maturity maturity,
            String language,
            PracticeStatus status,
            long adoptionCount,

            @Schema(description = "Text-search rank when searching by text; higher is better")
            Float rank,

            @Schema(
                    description = "When searching by text: the title and an excerpt, HTML-escaped, with the matched "
                            + "words in <mark> tags (the only markup they contain)")
            Highlight highlight,

            Visibility visibility,
            long version,
            Instant updatedAt) {}

    @Schema(
            name = "PracticeHighlight",
            requiredProperties = {"title"})
    public record Highlight(
            @Schema(examples = "Kommunale <mark>Bauteilbörse</mark>")
            String title,

            @Schema(examples = "… gebrauchte <mark>Bauteile</mark> aus dem Rückbau …")
            String excerpt) {}

    @Schema(
            name = "PracticeFacets",
            description = "Counts of the hits per value; each count equals the total the same search returns with "
                    + "that value as an additional filter.",
            requiredProperties = {"fieldOfAction", "country", "populationBand", "maturity", "network"})
    public record Facets(
            List<FacetValue> fieldOfAction,
            List<FacetValue> country,
            List<FacetValue> populationBand,
            List<FacetValue> maturity,
            List<FacetValue> network) {}

    @Schema(
            name = "FacetValue",
            requiredProperties = {"value", "count"})
    public record FacetValue(
            @Schema(description = "The filter value to send", examples = "CONSTRUCTION_BUILDINGS")
            String value,

            @Schema(description = "A name to show, where the value is an id")
            String label,

            long count) {}
}
