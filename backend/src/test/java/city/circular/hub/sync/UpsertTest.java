package city.circular.hub.sync;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Upsert by external id, shown on strategies in full (every path and 4xx) and on each other collection once: create,
 * replace, conditional requests, tenancy, validation that stores nothing, concurrent creation and the change record.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class UpsertTest {

    private static final String STRATEGIES = "/api/v1/strategies/by-external-id/{externalId}";

    @Inject
    Organizations organizations;

    @Inject
    EntityManager em;

    String editor;
    String viewer;
    String neighbour;
    UUID musterstadt;
    UUID nachbarstadt;
    String key;
    ExecutorService pool;

    @BeforeEach
    void setUp() {
        musterstadt = organizations.id(Organizations.MUSTERSTADT);
        nachbarstadt = organizations.id(Organizations.NACHBARSTADT);
        editor = Tokens.member(Organizations.MUSTERSTADT, "editor");
        viewer = Tokens.member(Organizations.MUSTERSTADT, "viewer");
        neighbour = Tokens.member(Organizations.NACHBARSTADT, "editor");
        key = "ris-" + UUID.randomUUID();
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    static Map<String, Object> strategy(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("periodFrom", 2025);
        body.put("periodTo", 2030);
        body.put("visibility", "NETWORK");
        return body;
    }

    @Test
    void createsWhenTheExternalIdIsNewWithLocationAndEtag() {
        var created = as(editor)
                .body(strategy("Kreislaufstadt 2030"))
                .put(STRATEGIES, key)
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", "\"0\"")
                .body("title", equalTo("Kreislaufstadt 2030"))
                .body("externalId", equalTo(key))
                .body("organizationId", equalTo(musterstadt.toString()))
                .body("status", equalTo("DRAFT"))
                .body("createdBy", equalTo("musterstadt-editor"))
                .extract();
        String id = created.path("id");
        assertEquals("/api/v1/strategies/" + id, created.header("Location"));
        as(viewer)
                .get(created.header("Location"))
                .then()
                .statusCode(200)
                .body("externalId", equalTo(key))
                .body("title", equalTo("Kreislaufstadt 2030"));
    }

    @Test
    void replacesTheRecordWithTheExternalIdAndWritesItsChangeRecord() {
        String id = upsert(editor, key, strategy("Erster Entwurf"), 201);
        Map<String, Object> change = strategy("Zweiter Entwurf");
        change.put("externalId", key); // the body may repeat the address's key
        as(editor)
                .header("X-Request-Id", "sync-replace-1")
                .body(change)
                .put(STRATEGIES, key)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .header("Location", (String) null)
                .body("id", equalTo(id))
                .body("title", equalTo("Zweiter Entwurf"))
                .body("version", equalTo(1));

        JsonPath history = as(viewer)
                .get("/api/v1/strategies/{id}/history", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("UPDATE", "CREATE"), history.getList("items.operation"));
        assertEquals("sync-replace-1", history.getString("items[0].requestId"));
        assertEquals("musterstadt-editor", history.getString("items[0].actor"));
        assertEquals(List.of("title"), history.getList("items[0].changes.field"));
    }

    @Test
    void sendingTheSameUpsertAgainChangesNothingButTheVersion() {
        String id = upsert(editor, key, strategy("Gleich"), 201);
        assertEquals(id, upsert(editor, key, strategy("Gleich"), 200));
        assertEquals(id, upsert(editor, key, strategy("Gleich"), 200));
        as(viewer).get("/api/v1/strategies/{id}", id).then().statusCode(200).body("title", equalTo("Gleich"));
    }

    @Test
    void ifMatchReplacesOnlyTheVersionNamed() {
        String id = upsert(editor, key, strategy("Stand 0"), 201);
        as(editor)
                .header("If-Match", "\"0\"")
                .body(strategy("Stand 1"))
                .put(STRATEGIES, key)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        as(editor)
                .header("If-Match", "\"0\"")
                .body(strategy("Veraltet"))
                .put(STRATEGIES, key)
                .then()
                .statusCode(412)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/stale-version"))
                .body("status", equalTo(412));
        as(viewer).get("/api/v1/strategies/{id}", id).then().body("title", equalTo("Stand 1"));
    }

    @Test
    void ifMatchNeverCreates() {
        as(editor)
                .header("If-Match", "\"0\"")
                .body(strategy("Gibt es nicht"))
                .put(STRATEGIES, key)
                .then()
                .statusCode(412)
                .contentType(PROBLEM)
                .body(
                        "detail",
                        equalTo("No record has the external id " + key + "; with If-Match the request only replaces."));
        // Nothing was stored: a create-only request still creates.
        createOnly(editor, key, 201);
    }

    @Test
    void ifNoneMatchStarOnlyCreates() {
        String id = createOnly(editor, key, 201);
        as(editor)
                .header("If-None-Match", "*")
                .body(strategy("Zweiter Versuch"))
                .put(STRATEGIES, key)
                .then()
                .statusCode(412)
                .contentType(PROBLEM)
                .body(
                        "detail",
                        equalTo("A record with the external id " + key
                                + " exists already; If-None-Match: * only creates."));
        as(viewer)
                .get("/api/v1/strategies/{id}", id)
                .then()
                .body("title", equalTo("Nur neu"))
                .header("ETag", "\"0\"");
    }

    @Test
    void refusesOtherPreconditionsAndContradictingKeys() {
        as(editor)
                .header("If-None-Match", "\"3\"")
                .body(strategy("X"))
                .put(STRATEGIES, key)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("If-None-Match"));
        Map<String, Object> other = strategy("X");
        other.put("externalId", "something-else");
        as(editor)
                .body(other)
                .put(STRATEGIES, key)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("externalId"))
                .body("errors[0].message", equalTo("must be the external id in the address, or absent"));
        as(editor)
                .body(strategy("X"))
                .put(STRATEGIES, "x".repeat(201))
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("externalId"));
        createOnly(editor, key, 201); // none of them stored anything
    }

    @Test
    void invalidBodyIsRefusedAndCreatesNothing() {
        Map<String, Object> invalid = strategy(" ");
        invalid.put("periodTo", 2020);
        as(editor)
                .body(invalid)
                .put(STRATEGIES, key)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("periodTo", "title")));
        as(editor)
                .body(Map.of("title", "Zahl", "periodFrom", 1800))
                .put(STRATEGIES, key)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("periodFrom"));
        createOnly(editor, key, 201);
    }

    @Test
    void viewersMayNotUpsert() {
        as(viewer)
                .body(strategy("Nur lesen"))
                .put(STRATEGIES, key)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        as(Tokens.user("nobody"))
                .body(strategy("Niemand"))
                .put(STRATEGIES, key)
                .then()
                .statusCode(403);
        createOnly(editor, key, 201);
    }

    @Test
    void unauthenticatedCallersGet401() {
        io.restassured.RestAssured.given()
                .contentType(ContentType.JSON)
                .body(strategy("Anonym"))
                .put(STRATEGIES, key)
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void anotherOrganizationsExternalIdIsNotTheirs() {
        String ours = upsert(editor, key, strategy("Musterstadts Strategie"), 201);
        // Nachbarstadt reads Musterstadt's NETWORK strategy but its upsert makes a record of its own.
        var theirs = as(neighbour)
                .body(strategy("Nachbarstadts Strategie"))
                .put(STRATEGIES, key)
                .then()
                .statusCode(201)
                .body("organizationId", equalTo(nachbarstadt.toString()))
                .body("id", not(equalTo(ours)))
                .extract();
        as(neighbour)
                .header("If-None-Match", "*")
                .body(strategy("Nochmal"))
                .put(STRATEGIES, key)
                .then()
                .statusCode(412);
        as(viewer)
                .get("/api/v1/strategies/{id}", ours)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("title", equalTo("Musterstadts Strategie"));
        // Naming Musterstadt does not let Nachbarstadt's editor in.
        as(neighbour)
                .queryParam("organizationId", musterstadt.toString())
                .body(strategy("Übernahme"))
                .put(STRATEGIES, key)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        as(viewer).get("/api/v1/strategies/{id}", ours).then().body("title", equalTo("Musterstadts Strategie"));
        assertNotEquals(ours, theirs.path("id"));
    }

    @Test
    void callersOfSeveralOrganizationsNameTheOwner() {
        String both =
                Tokens.user("two-hats", "/organizations/musterstadt/editor", "/organizations/nachbarstadt/editor");
        as(both).body(strategy("Wem?"))
                .put(STRATEGIES, key)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("organizationId"));
        as(both).queryParam("organizationId", nachbarstadt.toString())
                .body(strategy("Nachbarstadt"))
                .put(STRATEGIES, key)
                .then()
                .statusCode(201)
                .body("organizationId", equalTo(nachbarstadt.toString()));
        Map<String, Object> body = strategy("Widerspruch");
        body.put("organizationId", musterstadt.toString());
        as(both).queryParam("organizationId", nachbarstadt.toString())
                .body(body)
                .put(STRATEGIES, key)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("organizationId"));
        // The body's organizationId alone names the owner, as on create.
        as(both).body(body)
                .put(STRATEGIES, key)
                .then()
                .statusCode(201)
                .body("organizationId", equalTo(musterstadt.toString()));
    }

    @Test
    void concurrentUpsertsOfANewExternalIdCreateOnce() throws Exception {
        for (int round = 0; round < 8; round++) {
            String shared = key + "-" + round;
            CountDownLatch start = new CountDownLatch(1);
            List<Future<io.restassured.response.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return as(editor).body(strategy("Gleichzeitig " + n)).put(STRATEGIES, shared);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (var answer : answers) {
                var response = answer.get();
                statuses.add(response.statusCode());
                ids.add(response.path("id"));
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "one creates: " + statuses);
            assertEquals(2, statuses.stream().filter(s -> s == 200).count(), "the others replace: " + statuses);
            assertEquals(1, ids.stream().distinct().count(), "one record: " + ids);
            assertEquals(1L, count(shared));
        }
    }

    private long count(String externalId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "select count(*) from strategy where organization_id = ?1 and external_id = ?2")
                                .setParameter(1, musterstadt)
                                .setParameter(2, externalId)
                                .getSingleResult())
                        .longValue());
    }

    private String createOnly(String token, String externalId, int status) {
        return as(token)
                .header("If-None-Match", "*")
                .body(strategy("Nur neu"))
                .put(STRATEGIES, externalId)
                .then()
                .statusCode(status)
                .extract()
                .path("id");
    }

    static String upsert(String token, String externalId, Map<String, Object> body, int status) {
        return as(token)
                .body(body)
                .put(STRATEGIES, externalId)
                .then()
                .statusCode(status)
                .body("id", notNullValue())
                .extract()
                .path("id");
    }
}
