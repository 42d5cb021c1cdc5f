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
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The records of a parent with an external id of their own, unique per parent (a strategy's components, a starter
 * project's measures), upsert by it as the top-level collections do (CollectionUpsertTest).
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ChildUpsertTest {

    @Inject
    Organizations organizations;

    String editor;
    String viewer;
    String neighbour;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
        editor = Tokens.member(Organizations.MUSTERSTADT, "editor");
        viewer = Tokens.member(Organizations.MUSTERSTADT, "viewer");
        neighbour = Tokens.member(Organizations.NACHBARSTADT, "editor");
    }

    /**
     * A kind of child: how to make a (private) parent and answer with the collection below it, a body with a title,
     * the field the answer shows the title in, and the field a blank title makes invalid.
     */
    record Child(
            String name,
            Function<String, String> newCollection,
            Function<String, Map<String, Object>> body,
            String shown,
            String invalid) {
        static String byKey(String collection) {
            return collection + "/by-external-id/{externalId}";
        }

        static String one(String collection) {
            return collection + "/{id}";
        }
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    static String project(String token) {
        return as(token)
                .body(map("title", "Materialbörse"))
                .post("/api/v1/starter-projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The values of a new indicator of a new strategy. */
    static String indicatorValues(String token) {
        String strategy = Api.createStrategy(token, Map.of("title", "Strategie"));
        String vision = StrategyParts.addComponent(token, strategy, "VISION", "Leitbild", null);
        String goal = StrategyParts.addComponent(token, strategy, "GOAL", "Weniger Abfall", vision);
        String indicator = StrategyParts.addIndicator(token, strategy, StrategyParts.indicator(goal, "Restabfall"));
        return "/api/v1/strategies/" + strategy + "/indicators/" + indicator + "/values";
    }

    /** A value whose source is the title; a blank title leaves out the value, which makes the body invalid. */
    static Map<String, Object> value(String title) {
        return map("observedOn", "2025-12-31", "value", title.isBlank() ? null : 176.5, "source", title);
    }

    static List<Child> children() {
        return List.of(
                new Child(
                        "component",
                        token -> "/api/v1/strategies/" + Api.createStrategy(token, Map.of("title", "Strategie"))
                                + "/components",
                        title -> map("type", "GOAL", "title", title, "status", "AGREED"),
                        "title",
                        "title"),
                new Child(
                        "measure",
                        token -> "/api/v1/starter-projects/" + project(token) + "/measures",
                        title -> map(
                                "title",
                                title,
                                "cost",
                                45000,
                                "steps",
                                List.of(map("title", "Erfassen", "done", true))),
                        "title",
                        "title"),
                new Child(
                        "indicator value",
                        ChildUpsertTest::indicatorValues,
                        ChildUpsertTest::value,
                        "source",
                        "value"));
    }

    @Test
    void eachChildCreatesReplacesAndKeepsAnUnchangedVersion() {
        for (Child c : children()) {
            String parent = c.newCollection().apply(editor);
            String key = "sync-" + UUID.randomUUID();
            var created = as(editor)
                    .body(c.body().apply("Erste Fassung"))
                    .put(Child.byKey(parent), key)
                    .then()
                    .statusCode(201)
                    .header("ETag", "\"0\"")
                    .body("externalId", equalTo(key))
                    .body(c.shown(), equalTo("Erste Fassung"))
                    .extract();
            String id = created.path("id");
            assertEquals(parent + "/" + id, created.header("Location"), c.name());

            as(editor)
                    .header("If-Match", "\"0\"")
                    .body(c.body().apply("Zweite Fassung"))
                    .put(Child.byKey(parent), key)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("id", equalTo(id))
                    .body(c.shown(), equalTo("Zweite Fassung"))
                    .body("externalId", equalTo(key));
            // The same body again (the key repeated in it) changes nothing: the version stays.
            Map<String, Object> same = c.body().apply("Zweite Fassung");
            same.put("externalId", key);
            as(editor)
                    .body(same)
                    .put(Child.byKey(parent), key)
                    .then()
                    .log()
                    .ifValidationFails()
                    .statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("version", equalTo(1));
            as(editor)
                    .header("If-Match", "\"0\"")
                    .body(c.body().apply("Veraltet"))
                    .put(Child.byKey(parent), key)
                    .then()
                    .statusCode(412)
                    .contentType(PROBLEM);
            as(editor)
                    .header("If-None-Match", "*")
                    .body(c.body().apply("Nur neu"))
                    .put(Child.byKey(parent), key)
                    .then()
                    .statusCode(412)
                    .contentType(PROBLEM);
            as(viewer)
                    .body(c.body().apply("Leser"))
                    .put(Child.byKey(parent), key)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
            // Nachbarstadt does not see Musterstadt's private parent, let alone write below it.
            as(neighbour)
                    .body(c.body().apply("Fremd"))
                    .put(Child.byKey(parent), key)
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM);
            // A key in the body that contradicts the address is refused.
            Map<String, Object> contradicting = c.body().apply("Widerspruch");
            contradicting.put("externalId", "other-" + key);
            as(editor)
                    .body(contradicting)
                    .put(Child.byKey(parent), key)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("externalId"));
            as(viewer)
                    .get(Child.one(parent), id)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"1\"")
                    .body(c.shown(), equalTo("Zweite Fassung"));

            // The same external id below another parent of the organization is another record.
            String second = c.newCollection().apply(editor);
            String other = as(editor)
                    .header("If-None-Match", "*")
                    .body(c.body().apply("Anderswo"))
                    .put(Child.byKey(second), key)
                    .then()
                    .statusCode(201)
                    .body("externalId", equalTo(key))
                    .extract()
                    .path("id");
            assertNotEquals(id, other, c.name());
            as(viewer).get(Child.one(parent), id).then().header("ETag", "\"1\"");
        }
    }

    @Test
    void invalidBodiesStoreNothing() {
        for (Child c : children()) {
            String parent = c.newCollection().apply(editor);
            String key = "invalid-" + UUID.randomUUID();
            String id = as(editor)
                    .body(c.body().apply("Gültig"))
                    .put(Child.byKey(parent), key)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            as(editor)
                    .body(c.body().apply(" "))
                    .put(Child.byKey(parent), key)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo(c.invalid()));
            as(viewer).get(Child.one(parent), id).then().header("ETag", "\"0\"").body(c.shown(), equalTo("Gültig"));
            String fresh = "fresh-" + UUID.randomUUID();
            as(editor)
                    .body(c.body().apply(" "))
                    .put(Child.byKey(parent), fresh)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM);
            as(editor)
                    .header("If-None-Match", "*")
                    .body(c.body().apply("Jetzt gültig"))
                    .put(Child.byKey(parent), fresh)
                    .then()
                    .statusCode(201);
        }
    }

    @Test
    void anExternalIdIsUniqueWithinItsParent() {
        for (Child c : children()) {
            String parent = c.newCollection().apply(editor);
            String key = "taken-" + UUID.randomUUID();
            as(editor)
                    .body(c.body().apply("Erste"))
                    .put(Child.byKey(parent), key)
                    .then()
                    .statusCode(201);
            Map<String, Object> clash = c.body().apply("Zweite");
            clash.put("externalId", key);
            as(editor)
                    .body(clash)
                    .post(parent)
                    .then()
                    .statusCode(409)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("externalId"));
        }
    }

    @Test
    void aDeletedChildsTombstoneCarriesItsExternalId() {
        String slug = "child-feed-" + UUID.randomUUID().toString().substring(0, 8);
        String org = organizations.create(slug).toString();
        String own = Tokens.member(slug, "editor");
        String strategy = Api.createStrategy(own, Map.of("title", "Strategie"));
        String key = "feed-" + UUID.randomUUID();
        String byKey = "/api/v1/strategies/{parent}/components/by-external-id/{externalId}";
        String id = as(own).body(map("type", "VISION", "title", "Leitbild"))
                .put(byKey, strategy, key)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(own).header("If-Match", "\"0\"")
                .delete("/api/v1/strategies/{s}/components/{id}", strategy, id)
                .then()
                .statusCode(204);
        JsonPath feed = as(own).queryParam("organizationId", org)
                .queryParam("types", "strategy-component")
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("CREATE", "DELETE"), feed.getList("items.operation"));
        assertEquals(List.of(key, key), feed.getList("items.externalId"));
    }

    @Test
    void aCorrectedValueIsAnUpdateInTheFeedAndItsTombstoneCarriesItsKey() {
        String slug = "value-feed-" + UUID.randomUUID().toString().substring(0, 8);
        String org = organizations.create(slug).toString();
        String own = Tokens.member(slug, "editor");
        String values = indicatorValues(own);
        String indicator = values.substring(0, values.length() - "/values".length());
        String key = "2025-Q4";
        String id = as(own).body(value("Statistikamt"))
                .put(Child.byKey(values), key)
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .extract()
                .path("id");
        String indicatorTag =
                as(own).get(indicator).then().statusCode(200).extract().header("ETag");

        Map<String, Object> corrected = value("Statistikamt");
        corrected.put("value", 181.25);
        as(own).header("If-Match", "\"0\"")
                .body(corrected)
                .put(Child.byKey(values), key)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("value", equalTo(181.25f))
                .body("externalId", equalTo(key));
        // The correction is a change of the indicator too (its progress may move), as adding a value is.
        String correctedTag = as(own).get(indicator)
                .then()
                .body("values.value", equalTo(List.of(181.25f)))
                .body("values.version", equalTo(List.of(1)))
                .extract()
                .header("ETag");
        assertNotEquals(indicatorTag, correctedTag);
        // Sending the correction again changes neither the value nor the indicator.
        as(own).body(corrected)
                .put(Child.byKey(values), key)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        as(own).get(indicator).then().header("ETag", correctedTag);
        // A value that cannot be stored as sent (beyond the column's bounds) is 422 and changes nothing.
        Map<String, Object> unstorable = value("Statistikamt");
        unstorable.put("value", new BigDecimal("1e16"));
        for (String target : List.of(key, "2026-Q1")) {
            as(own).body(unstorable)
                    .put(Child.byKey(values), target)
                    .then()
                    .statusCode(422)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("value"));
        }
        as(own).get(indicator)
                .then()
                .header("ETag", correctedTag)
                .body("values.externalId", equalTo(List.of(key)))
                .body("values.value", equalTo(List.of(181.25f)));

        as(own).header("If-Match", correctedTag)
                .delete(values + "/{id}", id)
                .then()
                .statusCode(200)
                .body("values", equalTo(List.of()));
        JsonPath feed = as(own).queryParam("organizationId", org)
                .queryParam("types", "indicator-value")
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("CREATE", "UPDATE", "DELETE"), feed.getList("items.operation"));
        assertEquals(List.of(key, key, key), feed.getList("items.externalId"));
        assertEquals(List.of(id, id, id), feed.getList("items.id"));
    }
}
