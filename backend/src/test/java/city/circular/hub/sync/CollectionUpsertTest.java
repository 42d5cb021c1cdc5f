package city.circular.hub.sync;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import city.circular.hub.support.Api;
import city.circular.hub.support.Organizations;
import city.circular.hub.support.StrategyParts;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every collection with an external id upserts through the same path as strategies (UpsertTest): create, replace,
 * create-only, the owner's records only, viewers refused, invalid bodies stored nowhere, and a change record.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CollectionUpsertTest {

    @Inject
    Organizations organizations;

    String editor;
    String viewer;
    String neighbour;
    String musterstadtStrategy;
    String nachbarstadtStrategy;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
        editor = Tokens.member(Organizations.MUSTERSTADT, "editor");
        viewer = Tokens.member(Organizations.MUSTERSTADT, "viewer");
        neighbour = Tokens.member(Organizations.NACHBARSTADT, "editor");
        musterstadtStrategy = Api.createStrategy(editor, Map.of("title", "Strategie"));
        nachbarstadtStrategy = Api.createStrategy(neighbour, Map.of("title", "Strategie"));
    }

    /** A valid body for a collection, for the caller whose strategy is given, with a title to tell versions apart. */
    record Collection(
            String path, String titleField, java.util.function.BiFunction<String, String, Map<String, Object>> body) {}

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    private static final Instant START = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

    static List<Collection> collections() {
        return List.of(
                new Collection(
                        "/api/v1/stakeholders",
                        "name",
                        (strategy, title) -> map("name", title, "sector", "CHAMBER", "visibility", "NETWORK")),
                new Collection(
                        "/api/v1/stakeholder-analyses",
                        "title",
                        (strategy, title) -> map(
                                "strategyId", strategy, "title", title, "method", "WORKSHOP", "visibility", "NETWORK")),
                new Collection(
                        "/api/v1/starter-projects",
                        "title",
                        (strategy, title) -> map("title", title, "strategyId", strategy, "visibility", "NETWORK")),
                new Collection(
                        "/api/v1/workshops",
                        "title",
                        (strategy, title) -> map(
                                "title",
                                title,
                                "purpose",
                                "KICK_OFF",
                                "format",
                                "ONLINE",
                                "onlineLink",
                                "https://meet.example/w",
                                "startsAt",
                                START.toString(),
                                "endsAt",
                                START.plus(2, ChronoUnit.HOURS).toString(),
                                "capacity",
                                20,
                                "visibility",
                                "NETWORK")),
                new Collection(
                        "/api/v1/practices",
                        "title",
                        (strategy, title) -> map("title", title, "language", "de", "visibility", "NETWORK")));
    }

    @Test
    void everyCollectionCreatesThenReplacesByExternalId() {
        for (Collection c : collections()) {
            String key = "sync-" + UUID.randomUUID();
            String byKey = c.path() + "/by-external-id/{externalId}";
            var created = as(editor)
                    .body(c.body().apply(musterstadtStrategy, "Erste Fassung"))
                    .put(byKey, key)
                    .then()
                    .statusCode(201)
                    .header("ETag", "\"0\"")
                    .body("externalId", equalTo(key))
                    .body(c.titleField(), equalTo("Erste Fassung"))
                    .extract();
            String id = created.path("id");
            assertEquals(c.path() + "/" + id, created.header("Location"), c.path());

            as(editor)
                    .header("If-Match", "\"0\"")
                    .body(c.body().apply(musterstadtStrategy, "Zweite Fassung"))
                    .put(byKey, key)
                    .then()
                    .statusCode(200)
                    .body("id", equalTo(id))
                    .body(c.titleField(), equalTo("Zweite Fassung"));
            String etag = as(viewer)
                    .get(c.path() + "/{id}", id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("ETag");
            as(editor)
                    .header("If-None-Match", "*")
                    .body(c.body().apply(musterstadtStrategy, "Dritte Fassung"))
                    .put(byKey, key)
                    .then()
                    .statusCode(412)
                    .contentType(PROBLEM);
            as(editor)
                    .header("If-Match", "\"0\"")
                    .body(c.body().apply(musterstadtStrategy, "Veraltet"))
                    .put(byKey, key)
                    .then()
                    .statusCode(412)
                    .contentType(PROBLEM);
            as(viewer)
                    .body(c.body().apply(musterstadtStrategy, "Leser"))
                    .put(byKey, key)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
            as(viewer)
                    .get(c.path() + "/{id}", id)
                    .then()
                    .header("ETag", etag)
                    .body(c.titleField(), equalTo("Zweite Fassung"));

            // Nachbarstadt reads the NETWORK record, but the same external id is a record of its own.
            String theirs = as(neighbour)
                    .body(c.body().apply(nachbarstadtStrategy, "Nachbarstadt"))
                    .put(byKey, key)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            assertNotEquals(id, theirs, c.path());
            as(viewer).get(c.path() + "/{id}", id).then().header("ETag", etag);
        }
    }

    @Test
    void invalidBodiesStoreNothing() {
        for (Collection c : collections()) {
            String key = "invalid-" + UUID.randomUUID();
            String byKey = c.path() + "/by-external-id/{externalId}";
            Map<String, Object> invalid = c.body().apply(musterstadtStrategy, " ");
            as(editor)
                    .body(invalid)
                    .put(byKey, key)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo(c.titleField()));
            as(editor)
                    .header("If-None-Match", "*")
                    .body(c.body().apply(musterstadtStrategy, "Gültig"))
                    .put(byKey, key)
                    .then()
                    .statusCode(201);
        }
    }

    @Test
    void anAnalysisBelongsToItsStrategysOrganization() {
        String key = "analysis-" + UUID.randomUUID();
        String byKey = "/api/v1/stakeholder-analyses/by-external-id/{externalId}";
        // Nachbarstadt's editor does not see Musterstadt's private strategy, let alone analyse it.
        as(neighbour)
                .body(map("strategyId", musterstadtStrategy, "title", "Fremd", "method", "WORKSHOP"))
                .put(byKey, key)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        String id = as(editor)
                .body(map("strategyId", musterstadtStrategy, "title", "Eigen", "method", "WORKSHOP"))
                .put(byKey, key)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertEquals(id, upsertAgain(byKey, key));
    }

    private String upsertAgain(String byKey, String key) {
        return as(editor)
                .body(map("strategyId", musterstadtStrategy, "title", "Eigen, neu", "method", "WORKSHOP"))
                .put(byKey, key)
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    @Test
    void indicatorsUpsertByExternalIdWithinTheirStrategy() {
        String vision = StrategyParts.addComponent(editor, musterstadtStrategy, "VISION", "Leitbild", null);
        String goal = StrategyParts.addComponent(editor, musterstadtStrategy, "GOAL", "Weniger Abfall", vision);
        String byKey = "/api/v1/strategies/{strategyId}/indicators/by-external-id/{externalId}";
        String key = "ind-" + UUID.randomUUID();
        var created = as(editor)
                .body(StrategyParts.indicator(goal, "Siedlungsabfall"))
                .put(byKey, musterstadtStrategy, key)
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("externalId", equalTo(key))
                .extract();
        String id = created.path("id");
        assertEquals("/api/v1/strategies/" + musterstadtStrategy + "/indicators/" + id, created.header("Location"));
        as(editor)
                .header("If-Match", "\"0\"")
                .body(StrategyParts.indicator(goal, "Restabfall"))
                .put(byKey, musterstadtStrategy, key)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo("Restabfall"));
        as(editor)
                .header("If-None-Match", "*")
                .body(StrategyParts.indicator(goal, "Nochmal"))
                .put(byKey, musterstadtStrategy, key)
                .then()
                .statusCode(412);
        as(viewer)
                .body(StrategyParts.indicator(goal, "Leser"))
                .put(byKey, musterstadtStrategy, key)
                .then()
                .statusCode(403);
        as(neighbour)
                .body(StrategyParts.indicator(goal, "Fremd"))
                .put(byKey, musterstadtStrategy, key)
                .then()
                .statusCode(404);
        // The same external id in another strategy of the organization is another indicator.
        String second = Api.createStrategy(editor, Map.of("title", "Zweite"));
        String secondVision = StrategyParts.addComponent(editor, second, "VISION", "Leitbild", null);
        String secondGoal = StrategyParts.addComponent(editor, second, "GOAL", "Ziel", secondVision);
        String other = as(editor)
                .body(StrategyParts.indicator(secondGoal, "Anderswo"))
                .put(byKey, second, key)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertNotEquals(id, other);
        as(viewer)
                .get("/api/v1/strategies/{s}/indicators/{id}", musterstadtStrategy, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Restabfall"));
    }

    /** numeric(14,2) stores 25000 as 25000.00: the same amount sent again is no change. */
    @Test
    void anAmountSentAgainWithoutItsDecimalsChangesNothing() {
        String slug = "upsert-amount-" + UUID.randomUUID().toString().substring(0, 8);
        organizations.create(slug);
        String own = Tokens.member(slug, "editor");
        String key = "amount-" + UUID.randomUUID();
        String byKey = "/api/v1/starter-projects/by-external-id/{externalId}";
        Map<String, Object> body = map("title", "Budget", "budgetPlanned", 25000, "budgetActual", 1200.5);
        as(own).body(body).put(byKey, key).then().statusCode(201).header("ETag", "\"0\"");
        as(own).body(body).put(byKey, key).then().statusCode(200).header("ETag", "\"0\"");
        as(own).body(map("title", "Budget", "budgetPlanned", 25000.01, "budgetActual", 1200.5))
                .put(byKey, key)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
    }

    @Test
    void upsertsAppearInTheChangeFeed() {
        String slug = "upsert-feed-" + UUID.randomUUID().toString().substring(0, 8);
        String org = organizations.create(slug).toString();
        String own = Tokens.member(slug, "editor");
        String key = "feed-" + UUID.randomUUID();
        String byKey = "/api/v1/starter-projects/by-external-id/{externalId}";
        String id = as(own).body(map("title", "Neu"))
                .put(byKey, key)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(own).body(map("title", "Geändert")).put(byKey, key).then().statusCode(200);
        JsonPath feed = as(own).queryParam("organizationId", org)
                .queryParam("types", "starter-project")
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("CREATE", "UPDATE"), feed.getList("items.operation"));
        assertEquals(List.of(id, id), feed.getList("items.id"));
        assertEquals(List.of(key, key), feed.getList("items.externalId"));
    }
}
