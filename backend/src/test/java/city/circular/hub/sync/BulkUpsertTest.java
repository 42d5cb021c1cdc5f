package city.circular.hub.sync;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bulk upserts: one result per item in partial mode, all or nothing in atomic mode, the limits and tenancy. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class BulkUpsertTest {

    private static final String PROJECTS = "/api/v1/starter-projects/bulk";
    private static final String STRATEGIES = "/api/v1/strategies/bulk";

    @Inject
    Organizations organizations;

    @Inject
    EntityManager em;

    UUID org;
    String slug;
    String editor;
    String viewer;

    @BeforeEach
    void setUp() {
        slug = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
        org = organizations.create(slug);
        editor = Tokens.member(slug, "editor");
        viewer = Tokens.member(slug, "viewer");
    }

    static Map<String, Object> project(String externalId, String title) {
        Map<String, Object> item = new HashMap<>();
        item.put("externalId", externalId);
        item.put("title", title);
        return item;
    }

    static Map<String, Object> items(Object... items) {
        return Map.of("items", List.of(items));
    }

    @Test
    void partialModeStoresEachValidItemAndReportsEveryOne() {
        String existing = as(editor)
                .body(Map.of("title", "Alt"))
                .put("/api/v1/starter-projects/by-external-id/{key}", "p-2")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        JsonPath answer = as(editor)
                .body(items(
                        project("p-1", "Neu"), project("p-2", "Ersetzt"), project("p-3", " "), project(null, "Ohne")))
                .post(PROJECTS)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("created", equalTo(1))
                .body("replaced", equalTo(1))
                .body("failed", equalTo(2))
                .body("results", hasSize(4))
                .extract()
                .jsonPath();
        assertEquals(List.of(0, 1, 2, 3), answer.getList("results.index"));
        assertEquals(List.of("CREATED", "REPLACED", "FAILED", "FAILED"), answer.getList("results.result"));
        assertEquals(List.of(201, 200, 400, 400), answer.getList("results.status"));
        assertEquals("p-1", answer.getString("results[0].externalId"));
        assertEquals("\"0\"", answer.getString("results[0].etag"));
        assertEquals(existing, answer.getString("results[1].id"));
        assertEquals("\"1\"", answer.getString("results[1].etag"));
        assertEquals(
                "https://circular-city-hub.example/problems/validation", answer.getString("results[2].problem.type"));
        assertEquals(List.of("title"), answer.getList("results[2].problem.errors.field"));
        assertEquals(List.of("externalId"), answer.getList("results[3].problem.errors.field"));
        assertEquals(List.of("is required in a bulk item"), answer.getList("results[3].problem.errors.message"));

        as(viewer)
                .get("/api/v1/starter-projects/{id}", answer.getString("results[0].id"))
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("title", equalTo("Neu"))
                .body("externalId", equalTo("p-1"));
        as(viewer).get("/api/v1/starter-projects/{id}", existing).then().body("title", equalTo("Ersetzt"));
        assertEquals(2, count("starter_project"));
    }

    @Test
    void partialModeReportsRuleFailuresPerItem() {
        Map<String, Object> unknownStrategy = project("p-2", "Fremde Strategie");
        unknownStrategy.put("strategyId", UUID.randomUUID().toString());
        JsonPath answer = as(editor)
                .body(items(project("p-1", "Gut"), unknownStrategy, project("p-1", "Doppelt")))
                .post(PROJECTS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("CREATED", "FAILED", "FAILED"), answer.getList("results.result"));
        assertEquals(404, answer.getInt("results[1].status"));
        assertEquals(404, answer.getInt("results[1].problem.status"));
        assertEquals(
                List.of("is item 0's as well; send each record once"),
                answer.getList("results[2].problem.errors.message"));
        assertEquals(1, count("starter_project"));
    }

    @Test
    void partialModeKeepsTheOtherItemsOfAChunkInWhichOneFails() {
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            Map<String, Object> item = project("c-" + i, "Projekt " + i);
            if (i == 120) {
                item.put("strategyId", UUID.randomUUID().toString()); // fails only when stored
            }
            many.add(item);
        }
        JsonPath answer = as(editor)
                .body(Map.of("items", many))
                .post(PROJECTS)
                .then()
                .statusCode(200)
                .body("created", equalTo(249))
                .body("failed", equalTo(1))
                .extract()
                .jsonPath();
        assertEquals("FAILED", answer.getString("results[120].result"));
        assertEquals("c-120", answer.getString("results[120].externalId"));
        assertEquals("CREATED", answer.getString("results[119].result"));
        assertEquals("CREATED", answer.getString("results[121].result"));
        assertEquals(249, count("starter_project"));
    }

    @Test
    void atomicModeStoresAllItems() {
        as(editor)
                .queryParam("mode", "atomic")
                .body(items(project("a-1", "Eins"), project("a-2", "Zwei")))
                .post(PROJECTS)
                .then()
                .statusCode(200)
                .body("created", equalTo(2))
                .body("results.result", equalTo(List.of("CREATED", "CREATED")));
        assertEquals(2, count("starter_project"));
    }

    @Test
    void atomicModeStoresNothingWhenAnItemIsInvalid() {
        JsonPath failure = as(editor)
                .queryParam("mode", "atomic")
                .body(items(project("a-1", "Eins"), project("a-2", " "), project("a-3", "Drei")))
                .post(PROJECTS)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/rule-violation"))
                .body("detail", equalTo("1 of 3 items failed; nothing was stored."))
                .body("instance", equalTo(PROJECTS))
                .extract()
                .jsonPath();
        assertEquals(List.of("NOT_STORED", "FAILED", "NOT_STORED"), failure.getList("results.result"));
        assertEquals(List.of("title"), failure.getList("results[1].problem.errors.field"));
        assertEquals(0, count("starter_project"));
    }

    @Test
    void atomicModeRollsBackItemsStoredBeforeOneFails() {
        as(editor)
                .body(Map.of("title", "Bestand"))
                .put("/api/v1/starter-projects/by-external-id/{key}", "a-0")
                .then()
                .statusCode(201);
        Map<String, Object> unknownStrategy = project("a-3", "Fremde Strategie");
        unknownStrategy.put("strategyId", UUID.randomUUID().toString());
        JsonPath failure = as(editor)
                .queryParam("mode", "ATOMIC")
                .body(items(
                        project("a-0", "Geändert"), project("a-1", "Eins"), project("a-2", "Zwei"), unknownStrategy))
                .post(PROJECTS)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .extract()
                .jsonPath();
        assertEquals(List.of("NOT_STORED", "NOT_STORED", "NOT_STORED", "FAILED"), failure.getList("results.result"));
        assertEquals(404, failure.getInt("results[3].problem.status"));
        assertEquals(1, count("starter_project"));
        assertEquals(
                "Bestand",
                as(viewer)
                        .queryParam("organizationId", org.toString())
                        .get("/api/v1/starter-projects")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items[0].title"));
    }

    @Test
    void refusesMoreThanAThousandItemsAsTooLargeAndEmptyOrUnknownModes() {
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add(project("m-" + i, "Projekt " + i));
        }
        as(editor)
                .body(Map.of("items", many))
                .post(STRATEGIES)
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/payload-too-large"))
                .body("errors[0].field", equalTo("items"))
                .body("errors[0].message", equalTo("must have at most 1000 items"));
        as(editor)
                .body(Map.of("items", many))
                .post(PROJECTS)
                .then()
                .statusCode(413)
                .contentType(PROBLEM);
        as(editor)
                .body(Map.of("items", List.of()))
                .post(STRATEGIES)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("items"));
        as(editor)
                .queryParam("mode", "sometimes")
                .body(items(project("x-1", "X")))
                .post(STRATEGIES)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("mode"));
        assertEquals(0, count("strategy"));
    }

    @Test
    void aThousandItemsAreStoredInOneRequest() {
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add(project("k-" + i, "Strategie " + i));
        }
        as(editor)
                .body(Map.of("items", many))
                .post(STRATEGIES)
                .then()
                .statusCode(200)
                .body("created", equalTo(1000));
        assertEquals(1000, count("strategy"));
        as(editor)
                .body(Map.of("items", many))
                .post(STRATEGIES)
                .then()
                .statusCode(200)
                .body("replaced", equalTo(1000));
        assertEquals(1000, count("strategy"));
    }

    @Test
    void bulkRequestsKeepToTheCallersOrganization() {
        as(viewer)
                .body(items(project("t-1", "Leser")))
                .post(STRATEGIES)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        as(editor).body(items(project("t-1", "Eigen"))).post(STRATEGIES).then().statusCode(200);

        String otherSlug = slug + "-b";
        UUID other = organizations.create(otherSlug);
        String outsider = Tokens.member(otherSlug, "editor");
        // Naming another organization fails every item; the same external id in its own organization is a new record.
        JsonPath refused = as(outsider)
                .queryParam("organizationId", org.toString())
                .body(items(project("t-1", "Übernahme")))
                .post(STRATEGIES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(403), refused.getList("results.status"));
        as(outsider)
                .body(items(project("t-1", "Eigen, anderswo")))
                .post(STRATEGIES)
                .then()
                .statusCode(200)
                .body("results[0].result", equalTo("CREATED"));
        assertEquals(1, count("strategy"));
        assertEquals(
                "Eigen",
                as(viewer)
                        .queryParam("organizationId", org.toString())
                        .get("/api/v1/strategies")
                        .then()
                        .extract()
                        .path("items[0].title"));
        assertEquals(
                1L,
                QuarkusTransaction.requiringNew()
                        .call(() -> ((Number)
                                        em.createNativeQuery("select count(*) from strategy where organization_id = ?1")
                                                .setParameter(1, other)
                                                .getSingleResult())
                                .longValue()));
    }

    private long count(String table) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number)
                                em.createNativeQuery("select count(*) from " + table + " where organization_id = ?1")
                                        .setParameter(1, org)
                                        .getSingleResult())
                        .longValue());
    }
}
