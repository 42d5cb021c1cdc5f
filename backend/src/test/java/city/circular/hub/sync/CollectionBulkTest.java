package city.circular.hub.sync;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import city.circular.hub.support.Api;
import city.circular.hub.support.Organizations;
import city.circular.hub.support.StrategyParts;
import city.circular.hub.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bulk upserts of every collection with an external id, top-level or below a parent (a strategy's components, a
 * project's measures, an indicator's values), through the same machinery as starter projects (BulkUpsertTest):
 * partial and atomic mode; and a replace with what is stored, single or bulk, changes nothing.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CollectionBulkTest {

    @Inject
    Organizations organizations;

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    UUID org;
    String editor;
    String viewer;
    String strategy;

    /** A collection: where it lives, and a valid body with a title (blank makes it invalid). */
    record Collection(String path, BiFunction<String, String, Map<String, Object>> body) {}

    @BeforeEach
    void setUp() {
        String slug = "cbulk-" + UUID.randomUUID().toString().substring(0, 8);
        org = organizations.create(slug);
        editor = Tokens.member(slug, "editor");
        viewer = Tokens.member(slug, "viewer");
        strategy = Api.createStrategy(editor, Map.of("title", "Strategie"));
    }

    private List<Collection> collections() {
        List<Collection> all = new ArrayList<>();
        for (CollectionUpsertTest.Collection c : CollectionUpsertTest.collections()) {
            all.add(new Collection(c.path(), (key, title) -> {
                Map<String, Object> body = new HashMap<>(c.body().apply(strategy, title));
                body.put("externalId", key);
                return body;
            }));
        }
        all.add(new Collection(
                "/api/v1/strategies", (key, title) -> new HashMap<>(Map.of("externalId", key, "title", title))));
        String vision = StrategyParts.addComponent(editor, strategy, "VISION", "Leitbild", null);
        String goal = StrategyParts.addComponent(editor, strategy, "GOAL", "Weniger Abfall", vision);
        all.add(new Collection("/api/v1/strategies/" + strategy + "/indicators", (key, title) -> {
            Map<String, Object> body = new HashMap<>(StrategyParts.indicator(goal, title));
            body.put("externalId", key);
            return body;
        }));
        all.add(new Collection(
                "/api/v1/strategies/" + strategy + "/components",
                (key, title) ->
                        new HashMap<>(Map.of("externalId", key, "type", "GOAL", "title", title, "status", "AGREED"))));
        all.add(new Collection(
                "/api/v1/starter-projects/" + ChildUpsertTest.project(editor) + "/measures",
                (key, title) -> new HashMap<>(Map.of("externalId", key, "title", title, "cost", 45000))));
        String values = ChildUpsertTest.indicatorValues(editor);
        all.add(new Collection(values, (key, title) -> {
            Map<String, Object> body = ChildUpsertTest.value(title);
            body.put("externalId", key);
            return body;
        }));
        return all;
    }

    private static Map<String, Object> items(Object... items) {
        return Map.of("items", List.of(items));
    }

    @Test
    void everyCollectionUpsertsInBulkPartiallyAndAtomically() {
        for (Collection c : collections()) {
            String bulk = c.path() + "/bulk";
            JsonPath partial = as(editor)
                    .body(items(
                            c.body().apply("a", "Erste"),
                            c.body().apply("b", " "),
                            c.body().apply("c", "Dritte")))
                    .post(bulk)
                    .then()
                    .statusCode(200)
                    .body("created", equalTo(2))
                    .body("failed", equalTo(1))
                    .extract()
                    .jsonPath();
            assertEquals(List.of("CREATED", "FAILED", "CREATED"), partial.getList("results.result"), c.path());
            assertEquals(400, partial.getInt("results[1].status"), c.path());
            String a = partial.getString("results[0].id");
            as(viewer).get(c.path() + "/{id}", a).then().statusCode(200).header("ETag", "\"0\"");

            long changes = changeRecords();
            JsonPath refused = as(editor)
                    .queryParam("mode", "atomic")
                    .body(items(
                            c.body().apply("a", "Geändert"),
                            c.body().apply("d", "Neu"),
                            c.body().apply("e", "")))
                    .post(bulk)
                    .then()
                    .statusCode(422)
                    .contentType(PROBLEM)
                    .extract()
                    .jsonPath();
            assertEquals(List.of("NOT_STORED", "NOT_STORED", "FAILED"), refused.getList("results.result"), c.path());
            assertEquals(changes, changeRecords(), c.path());
            as(viewer).get(c.path() + "/{id}", a).then().header("ETag", "\"0\"");

            JsonPath atomic = as(editor)
                    .queryParam("mode", "atomic")
                    .body(items(c.body().apply("a", "Geändert"), c.body().apply("d", "Neu")))
                    .post(bulk)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(List.of("REPLACED", "CREATED"), atomic.getList("results.result"), c.path());
            assertEquals(List.of("\"1\"", "\"0\""), atomic.getList("results.etag"), c.path());
            assertEquals(a, atomic.getString("results[0].id"), c.path());
            as(viewer).get(c.path() + "/{id}", a).then().header("ETag", "\"1\"");
        }
    }

    @Test
    void aReplaceWithWhatIsStoredChangesNothing() {
        for (Collection c : collections()) {
            String key = "same-" + UUID.randomUUID();
            String byKey = c.path() + "/by-external-id/{externalId}";
            String id = as(editor)
                    .body(c.body().apply(key, "Unverändert"))
                    .put(byKey, key)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            long changes = changeRecords();
            as(editor)
                    .body(c.body().apply(key, "Unverändert"))
                    .put(byKey, key)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"0\"");
            JsonPath again = as(editor)
                    .body(items(c.body().apply(key, "Unverändert")))
                    .post(c.path() + "/bulk")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(List.of("REPLACED"), again.getList("results.result"), c.path());
            assertEquals(List.of("\"0\""), again.getList("results.etag"), c.path());
            assertEquals(changes, changeRecords(), c.path() + ": an unchanged replace records no change");
            as(viewer).get(c.path() + "/{id}", id).then().header("ETag", "\"0\"");

            as(editor)
                    .body(c.body().apply(key, "Geändert"))
                    .put(byKey, key)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"1\"");
            assertEquals(changes + 1, changeRecords(), c.path() + ": a real change is recorded once");
        }
    }

    @Test
    void starterProjectPartiesAreKeptOrReplacedInBulk() {
        String stakeholder = as(editor)
                .body(Map.of("name", "Stadtwerke", "sector", "CHAMBER"))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String other = as(editor)
                .body(Map.of("name", "Handwerkskammer", "sector", "CHAMBER"))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> project = new HashMap<>(Map.of("externalId", "p-1", "title", "Projekt"));
        project.put("parties", List.of(Map.of("stakeholderId", stakeholder, "role", "RESPONSIBLE")));
        String bulk = "/api/v1/starter-projects/bulk";
        String id = as(editor)
                .body(items(project))
                .post(bulk)
                .then()
                .statusCode(200)
                .body("results[0].result", equalTo("CREATED"))
                .extract()
                .path("results[0].id");
        long changes = changeRecords();
        as(editor).body(items(project)).post(bulk).then().statusCode(200).body("results[0].etag", equalTo("\"0\""));
        assertEquals(changes, changeRecords());

        project.put("parties", List.of(Map.of("stakeholderId", other, "role", "ACCOUNTABLE")));
        as(editor)
                .body(items(project))
                .post(bulk)
                .then()
                .statusCode(200)
                .body("results[0].result", equalTo("REPLACED"))
                .body("results[0].etag", equalTo("\"1\""));
        as(viewer)
                .get("/api/v1/starter-projects/{id}", id)
                .then()
                .header("ETag", "\"1\"")
                .body("parties.stakeholderId", equalTo(List.of(other)))
                .body("parties.role", equalTo(List.of("ACCOUNTABLE")));
    }

    @Test
    void aChunkOfStarterProjectsCostsAFewStatementsNotSomeForEachItem() {
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(Map.of(
                    "externalId", "s-" + i, "title", "Projekt " + i, "fieldsOfAction", List.of("WASTE_RESOURCES")));
        }
        long created = statementsFor(() -> as(editor)
                .body(Map.of("items", many))
                .post("/api/v1/starter-projects/bulk")
                .then()
                .statusCode(200)
                .body("created", equalTo(100)));
        List<Object> changed = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            changed.add(Map.of("externalId", "s-" + i, "title", "Geändert " + i));
        }
        long replaced = statementsFor(() -> as(editor)
                .body(Map.of("items", changed))
                .post("/api/v1/starter-projects/bulk")
                .then()
                .statusCode(200)
                .body("replaced", equalTo(100)));
        // The caller, the change stamp, the lookup of the external ids (and the parties of those found), and one
        // JDBC batch of inserts or updates; not one statement or more for each of the 100 items.
        assertTrue(created <= 8, created + " statements for 100 new projects");
        assertTrue(replaced <= 8, replaced + " statements for 100 replaced projects");
    }

    private long statementsFor(Runnable request) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }

    private long changeRecords() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number)
                                em.createNativeQuery("select count(*) from change_record where organization_id = ?1")
                                        .setParameter(1, org)
                                        .getSingleResult())
                        .longValue());
    }
}
