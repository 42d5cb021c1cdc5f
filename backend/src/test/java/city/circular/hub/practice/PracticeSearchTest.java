package city.circular.hub.practice;

import static city.circular.hub.practice.PracticeFixtures.EDITOR;
import static city.circular.hub.practice.PracticeFixtures.OUTSIDER;
import static city.circular.hub.practice.PracticeFixtures.PEER;
import static city.circular.hub.practice.PracticeFixtures.PRACTICES;
import static city.circular.hub.practice.PracticeFixtures.create;
import static city.circular.hub.practice.PracticeFixtures.practice;
import static city.circular.hub.practice.PracticeFixtures.published;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import city.circular.hub.support.Organizations;
import city.circular.hub.support.Statements;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PracticeSearchTest {

    /** The network Musterstadt and Nachbarstadt share in the test data. */
    private static final String TESTNETZ = "00000000-0000-4000-8000-00000000beef";

    @Inject
    Organizations organizations;

    @Inject
    Statements statements;

    @org.junit.jupiter.api.BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
    }

    /** An organization of its own, so that counts are exact; returns its editor's token. */
    private String ownOrganization(String[] id) {
        String slug = "practice-" + UUID.randomUUID().toString().substring(0, 8);
        id[0] = organizations.create(slug).toString();
        return Tokens.member(slug, "editor");
    }

    private static JsonPath search(String token, String query) {
        return as(token)
                .get(PRACTICES + "?" + query)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .jsonPath();
    }

    @Test
    void findsPracticesByTheirStemInGermanDanishAndEnglish() {
        String[] org = new String[1];
        String token = ownOrganization(org);
        String german = published(
                token, practice("Bauteilkatalog", "de", "Jedes Bauteil wird vor dem Rückbau erfasst.", "PUBLIC"));
        String danish = published(
                token, practice("Byggematerialer", "da", "Kommunen genbrugte 40 tons tegl fra nedrivning.", "PUBLIC"));
        String english = published(
                token, practice("Repair network", "en", "Libraries hosted repairing events every month.", "PUBLIC"));
        String scope = "organizationId=" + org[0] + "&q=";

        assertEquals(List.of(german), search(token, scope + "Bauteile").getList("items.id"));
        assertEquals(List.of(danish), search(token, scope + "genbrug").getList("items.id"));
        assertEquals(List.of(english), search(token, scope + "repairs").getList("items.id"));
        // Another reader finds them as well: they are public.
        assertEquals(List.of(danish), search(OUTSIDER, scope + "genbrugte").getList("items.id"));
        assertEquals(0, search(token, scope + "Windkraft").getInt("total"));
        // Words only in the Danish text do not find the German practice, and the other way round.
        assertEquals(List.of(german), search(token, scope + "Rückbau").getList("items.id"));
        assertEquals(List.of(danish), search(token, scope + "nedrivningen").getList("items.id"));
    }

    @Test
    void ranksTitleMatchesAboveSummaryAboveOtherText() {
        String[] org = new String[1];
        String token = ownOrganization(org);
        Map<String, Object> inLessons = practice("Drittes", "de", "Nichts dazu.", "PUBLIC");
        inLessons.put("lessonsLearned", "Die Reparaturwerkstatt braucht Ehrenamtliche.");
        String third = published(token, inLessons);
        String first = published(token, practice("Reparaturwerkstatt im Quartier", "de", "Offen.", "PUBLIC"));
        String second =
                published(token, practice("Zweites", "de", "Eine Reparaturwerkstatt in der Bibliothek.", "PUBLIC"));

        JsonPath found = search(token, "organizationId=" + org[0] + "&q=Reparaturwerkstätten");
        assertEquals(List.of(first, second, third), found.getList("items.id"));
        List<Float> ranks = found.getList("items.rank", Float.class);
        assertTrue(ranks.get(0) > ranks.get(1) && ranks.get(1) > ranks.get(2), "ranks descend: " + ranks);
        // Without a query: newest change first, no rank.
        JsonPath all = search(token, "organizationId=" + org[0]);
        assertEquals(List.of(second, first, third), all.getList("items.id"));
        assertNull(all.get("items[0].rank"));
        assertNull(all.get("items[0].highlight"));
    }

    @Test
    void highlightsMatchesInEscapedText() {
        String[] org = new String[1];
        String token = ownOrganization(org);
        Map<String, Object> body =
                practice("<script>alert(1)</script> Kompost & Co", "de", "Kompost \"aus\" <b>Laub</b>.", "PUBLIC");
        published(token, body);
        JsonPath found = search(token, "organizationId=" + org[0] + "&q=Kompost");
        assertEquals(
                "&lt;script&gt;alert(1)&lt;/script&gt; <mark>Kompost</mark> &amp; Co",
                found.getString("items[0].highlight.title"));
        // The excerpt's fragmenter drops markup; what is left is escaped.
        assertEquals("<mark>Kompost</mark> &quot;aus&quot;  Laub", found.getString("items[0].highlight.excerpt"));
        assertEquals("<script>alert(1)</script> Kompost & Co", found.getString("items[0].title"));
    }

    @Test
    void facetCountsEqualTheResultCountsUnderTheSameFilters() {
        String[] org = new String[1];
        String token = ownOrganization(org);
        Object[][] rows = {
            {"de", "DE", "UNDER_20K", "IDEA", List.of("FOOD_NUTRITION")},
            {"de", "DE", "FROM_20K_TO_100K", "TESTED", List.of("FOOD_NUTRITION", "PROCUREMENT")},
            {"da", "DK", "FROM_20K_TO_100K", "LIGHTHOUSE", List.of("PROCUREMENT")},
            {"da", "DK", "OVER_500K", "LIGHTHOUSE", List.of("WASTE_RESOURCES")},
            {"en", "GB", "OVER_500K", "SCALED", List.of()},
        };
        for (Object[] row : rows) {
            Map<String, Object> body = practice("Kantine " + row[3], (String) row[0], "Kantine kantine", "PUBLIC");
            body.put("context", Map.of("country", row[1], "populationBand", row[2]));
            body.put("maturity", row[3]);
            body.put("fieldsOfAction", row[4]);
            published(token, body);
        }
        // One more that the query does not find: facets count hits only.
        published(token, practice("Anderes", "de", "Etwas ganz anderes", "PUBLIC"));
        String base = "organizationId=" + org[0] + "&q=kantine";
        JsonPath all = search(token, base + "&limit=100");
        assertEquals(5, all.getInt("total"));
        assertEquals(5, all.getList("items").size());
        assertEquals(
                List.of(
                        Map.of("value", "DE", "count", 2),
                        Map.of("value", "DK", "count", 2),
                        Map.of("value", "GB", "count", 1)),
                all.getList("facets.country"));
        assertEquals(
                List.of(
                        Map.of("value", "FOOD_NUTRITION", "count", 2),
                        Map.of("value", "PROCUREMENT", "count", 2),
                        Map.of("value", "WASTE_RESOURCES", "count", 1)),
                all.getList("facets.fieldOfAction"));
        assertEquals(all.getList("facets.network"), List.of());
        Map<String, String> parameters = Map.of(
                "country", "country",
                "fieldOfAction", "fieldOfAction",
                "populationBand", "populationBand",
                "maturity", "maturity");
        int checked = 0;
        for (var facet : parameters.entrySet()) {
            for (Map<String, Object> value : all.<Map<String, Object>>getList("facets." + facet.getKey())) {
                JsonPath filtered = search(token, base + "&limit=100&" + facet.getValue() + "=" + value.get("value"));
                int count = ((Number) value.get("count")).intValue();
                assertEquals(count, filtered.getInt("total"), facet.getKey() + "=" + value.get("value"));
                assertEquals(count, filtered.getList("items").size(), facet.getKey() + "=" + value.get("value"));
                checked++;
            }
        }
        assertEquals(3 + 3 + 3 + 4, checked);
        // Facets under a filter count within the filter.
        JsonPath danish = search(token, base + "&country=DK");
        assertEquals(List.of(Map.of("value", "LIGHTHOUSE", "count", 2)), danish.getList("facets.maturity"));
        assertEquals(2, danish.getInt("total"));
    }

    @Test
    void pagesThroughRankedAndUnrankedResultsWithCursors() {
        String[] org = new String[1];
        String token = ownOrganization(org);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = practice("Lastenrad " + i, "de", "Lastenrad ".repeat(i + 1), "PUBLIC");
            created.add(published(token, body));
        }
        for (String query : List.of("", "&q=Lastenräder")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                JsonPath page = search(
                        token,
                        "organizationId=" + org[0] + query + "&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
                seen.addAll(page.getList("items.id"));
                assertEquals(5, page.getInt("total"));
                cursor = page.getString("next");
                pages++;
            } while (cursor != null);
            assertEquals(3, pages);
            assertEquals(5, seen.size());
            assertEquals(5, Set(seen).size());
            assertTrue(seen.containsAll(created));
        }
    }

    @Test
    void pagesThroughEquallyRankedResultsInIdOrderWithoutLosingOne() {
        String[] org = new String[1];
        String token = ownOrganization(org);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(published(token, practice("Tauschregal", "de", "Tauschregal im Rathaus", "PUBLIC")));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = search(
                    token,
                    "organizationId=" + org[0] + "&q=Tauschregal&limit=2"
                            + (cursor == null ? "" : "&cursor=" + cursor));
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("next");
        } while (cursor != null);
        // Equal ranks fall back to the id, descending as PostgreSQL orders uuids.
        List<String> expected = created.stream()
                .sorted(java.util.Comparator.comparing(String::toString).reversed())
                .toList();
        assertEquals(expected, seen);
    }

    private static java.util.Set<String> Set(List<String> values) {
        return new java.util.HashSet<>(values);
    }

    @Test
    void searchesOnlyWhatTheCallerMayReadAndCountsByNetwork() {
        String word = "zqx" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "k");
        String shared = published(EDITOR, practice("Netz " + word, "de", word, "NETWORK"));
        String draft = create(EDITOR, practice("Entwurf " + word, "de", word, "NETWORK"));

        JsonPath own = search(EDITOR, "q=" + word);
        assertEquals(2, own.getInt("total"));
        assertTrue(own.getList("items.id").containsAll(List.of(shared, draft)));
        JsonPath peer = search(PEER, "q=" + word);
        assertEquals(List.of(shared), peer.getList("items.id"));
        assertEquals(
                List.of(Map.of("value", TESTNETZ, "label", "Testnetz", "count", 1)), peer.getList("facets.network"));
        assertEquals(
                List.of(shared),
                search(PEER, "q=" + word + "&networkId=" + TESTNETZ).getList("items.id"));
        assertEquals(
                0, search(PEER, "q=" + word + "&networkId=" + UUID.randomUUID()).getInt("total"));
        JsonPath outsider = search(OUTSIDER, "q=" + word);
        assertEquals(0, outsider.getInt("total"));
        assertEquals(List.of(), outsider.getList("items"));
        assertEquals(List.of(), outsider.getList("facets.maturity"));
        assertEquals(
                List.of(draft), search(EDITOR, "q=" + word + "&status=DRAFT").getList("items.id"));
        assertEquals(0, search(PEER, "q=" + word + "&status=DRAFT").getInt("total"));
    }

    @Test
    void aPageCostsTheSameNumberOfStatementsAtAnySize() {
        String[] org = new String[1];
        String token = ownOrganization(org);
        published(token, practice("Mehrweg 1", "de", "Mehrweg", "PUBLIC"));
        long one = statements.during(() -> search(token, "organizationId=" + org[0] + "&q=Mehrweg"));
        for (int i = 2; i <= 6; i++) {
            published(token, practice("Mehrweg " + i, "de", "Mehrweg", "PUBLIC"));
        }
        long six = statements.during(() -> search(token, "organizationId=" + org[0] + "&q=Mehrweg"));
        assertEquals(one, six);
        assertFalse(one > 10, "statements per page: " + one);
    }

    @Test
    void emptyLibraryAnswersAnEmptyPage() {
        as(OUTSIDER)
                .get(PRACTICES + "?q=" + "nothingmatchesthisatall")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("total", equalTo(0))
                .body("next", nullValue())
                .body("facets.fieldOfAction", empty())
                .body("facets.network", empty());
        as(OUTSIDER)
                .get(PRACTICES + "?q=" + "der die das")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        as(OUTSIDER)
                .get(PRACTICES + "?q=" + "a".repeat(201))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].message", containsString("200"));
    }
}
