package city.circular.hub.component;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static city.circular.hub.support.StrategyParts.COMPONENT;
import static city.circular.hub.support.StrategyParts.COMPONENTS;
import static city.circular.hub.support.StrategyParts.addComponent;
import static city.circular.hub.support.StrategyParts.component;
import static city.circular.hub.support.StrategyParts.componentEtag;
import static city.circular.hub.support.StrategyParts.outline;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import city.circular.hub.support.Api;
import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ComponentResourceTest {

    private static final String ALL_TYPES = "VISION GOAL STRATEGY PROCESS STRUCTURE INSTRUMENT PRODUCT";

    @Inject
    Organizations organizations;

    String editor;
    String viewer;
    String strategy;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
        editor = Tokens.member(Organizations.MUSTERSTADT, "editor");
        viewer = Tokens.member(Organizations.MUSTERSTADT, "viewer");
        strategy = Api.createStrategy(editor, Map.of("title", "Gliederung " + UUID.randomUUID()));
    }

    private static Map<String, Object> goal(String title, String parentId) {
        Map<String, Object> body = component("GOAL", title, parentId);
        body.put("description", "Weniger Restmüll");
        body.put("responsibleUnit", "Umweltamt");
        body.put("status", "AGREED");
        body.put(
                "sdgTargets",
                List.of(
                        Map.of("code", "11.6", "contribution", "STRONG"),
                        Map.of("code", "12.a", "contribution", "WEAK")));
        body.put("localGoals", List.of(Map.of("name", "Klimaneutral 2035", "contribution", "MODERATE")));
        return body;
    }

    /** Posts a component that must be refused with a problem naming one field, and that stores nothing. */
    private void refusesCreate(Map<String, Object> body, int status, String field, String message) {
        as(editor)
                .body(body)
                .post(COMPONENTS, strategy)
                .then()
                .statusCode(status)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));
    }

    private List<String> titlesInOutline() {
        return outline(viewer, strategy).extract().path("items.title");
    }

    private void move(String id, String parentId, int position) {
        Map<String, Object> body = new HashMap<>();
        body.put("parentId", parentId);
        body.put("position", position);
        as(editor)
                .header("If-Match", componentEtag(editor, strategy, id))
                .body(body)
                .post(COMPONENT + "/move", strategy, id)
                .then()
                .statusCode(200);
    }

    @Test
    void createsComponentsAsLastChildOfTheirParent() {
        var response = as(editor)
                .body(component("VISION", "Eine Stadt ohne Abfall", null))
                .post(COMPONENTS, strategy)
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", "\"0\"")
                .body("strategyId", equalTo(strategy))
                .body("parentId", nullValue())
                .body("type", equalTo("VISION"))
                .body("position", equalTo(0))
                .body("depth", equalTo(0))
                .body("title", equalTo("Eine Stadt ohne Abfall"))
                .body("description", nullValue())
                .body("responsibleUnit", nullValue())
                .body("status", equalTo("DRAFT"))
                .body("sdgTargets", empty())
                .body("localGoals", empty())
                .body("version", equalTo(0))
                .body("createdBy", equalTo("musterstadt-editor"))
                .body("updatedBy", equalTo("musterstadt-editor"))
                .body("createdAt", notNullValue())
                .extract();
        String vision = response.path("id");
        assertEquals("/api/v1/strategies/" + strategy + "/components/" + vision, response.header("Location"));

        addComponent(editor, strategy, "GOAL", "Erstes Ziel", vision);
        as(editor)
                .body(goal("  Zweites Ziel  ", vision))
                .post(COMPONENTS, strategy)
                .then()
                .statusCode(201)
                .body("parentId", equalTo(vision))
                .body("position", equalTo(1))
                .body("depth", equalTo(1))
                .body("title", equalTo("Zweites Ziel"))
                .body("status", equalTo("AGREED"))
                .body("responsibleUnit", equalTo("Umweltamt"))
                .body("sdgTargets.code", equalTo(List.of("11.6", "12.a")))
                .body("sdgTargets.contribution", equalTo(List.of("STRONG", "WEAK")))
                .body("localGoals[0].name", equalTo("Klimaneutral 2035"))
                .body("localGoals[0].contribution", equalTo("MODERATE"));
        addComponent(editor, strategy, "STRATEGY", "Strategische Linie", null);

        as(viewer)
                .get(response.header("Location"))
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(vision))
                .body("depth", equalTo(0));
        outline(viewer, strategy)
                .body(
                        "items.title",
                        equalTo(List.of("Eine Stadt ohne Abfall", "Erstes Ziel", "Zweites Ziel", "Strategische Linie")))
                .body("items.position", equalTo(List.of(0, 0, 1, 1)))
                .body("items.depth", equalTo(List.of(0, 1, 1, 0)));
    }

    @Test
    void listsTheOutlineDepthFirstWithItsCompleteness() {
        outline(viewer, strategy)
                .body("items", empty())
                .body("completeness.presentTypes", empty())
                .body("completeness.missingTypes", equalTo(Arrays.asList(ALL_TYPES.split(" "))))
                .body("completeness.percent", equalTo(0));

        String vision = addComponent(editor, strategy, "VISION", "Leitbild", null);
        String line = addComponent(editor, strategy, "STRATEGY", "Linie", null);
        String goal = addComponent(editor, strategy, "GOAL", "Ziel", vision);
        addComponent(editor, strategy, "INSTRUMENT", "Instrument", line);
        addComponent(editor, strategy, "GOAL", "Unterziel", goal);
        outline(viewer, strategy)
                .body("items.title", equalTo(List.of("Leitbild", "Ziel", "Unterziel", "Linie", "Instrument")))
                .body("items.depth", equalTo(List.of(0, 1, 2, 0, 1)))
                .body("items.parentId", equalTo(Arrays.asList(null, vision, goal, null, line)))
                .body("completeness.presentTypes", equalTo(List.of("VISION", "GOAL", "STRATEGY", "INSTRUMENT")))
                .body("completeness.missingTypes", equalTo(List.of("PROCESS", "STRUCTURE", "PRODUCT")))
                .body("completeness.percent", equalTo(57));

        for (String type : List.of("PROCESS", "STRUCTURE", "PRODUCT")) {
            addComponent(editor, strategy, type, type, null);
        }
        outline(viewer, strategy)
                .body("completeness.presentTypes", equalTo(Arrays.asList(ALL_TYPES.split(" "))))
                .body("completeness.missingTypes", empty())
                .body("completeness.percent", equalTo(100));
    }

    @Test
    void updatesEverythingButThePlace() {
        String vision = addComponent(editor, strategy, "VISION", "Leitbild", null);
        addComponent(editor, strategy, "GOAL", "Erstes Ziel", vision);
        String id = as(editor)
                .body(goal("Zweites Ziel", vision))
                .post(COMPONENTS, strategy)
                .then()
                .extract()
                .path("id");

        Map<String, Object> change = component("GOAL", "Ziel, überarbeitet", null);
        change.put("status", "IN_PROGRESS");
        change.put("sdgTargets", List.of(Map.of("code", "12.5", "contribution", "MODERATE")));
        as(editor)
                .header("If-Match", "\"0\"")
                .body(change)
                .put(COMPONENT, strategy, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("Ziel, überarbeitet"))
                .body("status", equalTo("IN_PROGRESS"))
                .body("description", nullValue())
                .body("responsibleUnit", nullValue())
                .body("sdgTargets.code", equalTo(List.of("12.5")))
                .body("localGoals", empty())
                .body("parentId", equalTo(vision))
                .body("position", equalTo(1))
                .body("depth", equalTo(1))
                .body("version", equalTo(1));
        change.remove("status");
        change.remove("sdgTargets");
        change.put("type", "INSTRUMENT");
        as(editor)
                .header("If-Match", "\"1\"")
                .body(change)
                .put(COMPONENT, strategy, id)
                .then()
                .statusCode(200)
                .body("type", equalTo("INSTRUMENT"))
                .body("status", equalTo("DRAFT"))
                .body("sdgTargets", empty());
    }

    @Test
    void deletesTheSubtreeAndRenumbersTheSiblings() {
        String first = addComponent(editor, strategy, "STRATEGY", "A", null);
        String second = addComponent(editor, strategy, "STRATEGY", "B", null);
        String child = addComponent(editor, strategy, "INSTRUMENT", "B1", second);
        String grandchild = addComponent(editor, strategy, "PRODUCT", "B1a", child);
        String third = addComponent(editor, strategy, "STRATEGY", "C", null);

        as(editor)
                .header("If-Match", "\"0\"")
                .delete(COMPONENT, strategy, second)
                .then()
                .statusCode(204);

        outline(viewer, strategy)
                .body("items.id", equalTo(List.of(first, third)))
                .body("items.position", equalTo(List.of(0, 1)))
                .body("items.version", equalTo(List.of(0, 1)))
                .body("items[1].updatedBy", equalTo("musterstadt-editor"));
        for (String gone : List.of(second, child, grandchild)) {
            as(editor).get(COMPONENT, strategy, gone).then().statusCode(404).contentType(PROBLEM);
        }
    }

    @Test
    void movesUpDownIndentsAndOutdentsAsTheKeyboardDoes() {
        String a = addComponent(editor, strategy, "GOAL", "A", null);
        String b = addComponent(editor, strategy, "GOAL", "B", null);
        String c = addComponent(editor, strategy, "GOAL", "C", null);

        // Move C up, past B.
        as(editor)
                .header("If-Match", "\"0\"")
                .body(Map.of("position", 1))
                .post(COMPONENT + "/move", strategy, c)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("items.title", equalTo(List.of("A", "C", "B")))
                .body("items.position", equalTo(List.of(0, 1, 2)))
                .body("items.version", equalTo(List.of(0, 1, 1)))
                .body("completeness.presentTypes", equalTo(List.of("GOAL")));

        // Indent B under C (as its last child), then A under C at the front.
        move(b, c, 99);
        assertEquals(List.of("A", "C", "B"), titlesInOutline());
        move(a, c, 0);
        outline(viewer, strategy)
                .body("items.title", equalTo(List.of("C", "A", "B")))
                .body("items.parentId", equalTo(Arrays.asList(null, c, c)))
                .body("items.position", equalTo(List.of(0, 0, 1)))
                .body("items.depth", equalTo(List.of(0, 1, 1)));

        // Indent B under its new previous sibling A, then outdent A after C.
        move(b, a, 0);
        move(a, null, 1);
        outline(viewer, strategy)
                .body("items.title", equalTo(List.of("C", "A", "B")))
                .body("items.parentId", equalTo(Arrays.asList(null, null, a)))
                .body("items.position", equalTo(List.of(0, 1, 0)))
                .body("items.depth", equalTo(List.of(0, 0, 1)));

        // Move down to the same place: nothing changes, no version moves.
        String etag = componentEtag(editor, strategy, a);
        as(editor)
                .header("If-Match", etag)
                .body(Map.of("position", 1))
                .post(COMPONENT + "/move", strategy, a)
                .then()
                .statusCode(200)
                .body("items.title", equalTo(List.of("C", "A", "B")));
        assertEquals(etag, componentEtag(editor, strategy, a));
    }

    @Test
    void refusesMovesThatBreakTheTree() {
        String root = addComponent(editor, strategy, "VISION", "Wurzel", null);
        String child = addComponent(editor, strategy, "GOAL", "Kind", root);
        String other = Api.createStrategy(editor, Map.of("title", "Andere " + UUID.randomUUID()));
        String foreign = addComponent(editor, other, "VISION", "Fremd", null);

        Map<String, String> cases = Map.of(
                root,
                "A component cannot move under itself or one of its descendants.",
                child,
                "A component cannot move under itself or one of its descendants.",
                foreign,
                "The parent must be a component of the same strategy.",
                UUID.randomUUID().toString(),
                "The parent must be a component of the same strategy.");
        cases.forEach((parent, detail) -> as(editor)
                .header("If-Match", "\"0\"")
                .body(Map.of("parentId", parent, "position", 0))
                .post(COMPONENT + "/move", strategy, root)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/rule-violation"))
                .body("detail", equalTo(detail))
                .body("errors[0].field", equalTo("parentId")));
        outline(viewer, strategy)
                .body("items.id", equalTo(List.of(root, child)))
                .body("items.version", equalTo(List.of(0, 0)));
    }

    @Test
    void keepsTheOutlineAtFiveLevels() {
        String parent = null;
        List<String> chain = new ArrayList<>();
        for (int level = 0; level < 5; level++) {
            parent = addComponent(editor, strategy, "GOAL", "Ebene " + level, parent);
            chain.add(parent);
        }
        as(editor)
                .body(component("GOAL", "Ebene 5", parent))
                .post(COMPONENTS, strategy)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("detail", equalTo("An outline has at most 5 levels."))
                .body("errors[0].field", equalTo("parentId"));

        String pair = addComponent(editor, strategy, "STRATEGY", "Paar", null);
        addComponent(editor, strategy, "INSTRUMENT", "Paar, Kind", pair);
        as(editor)
                .header("If-Match", "\"0\"")
                .body(Map.of("parentId", chain.get(3), "position", 0))
                .post(COMPONENT + "/move", strategy, pair)
                .then()
                .statusCode(422)
                .body("detail", equalTo("An outline has at most 5 levels."));
        move(pair, chain.get(2), 0);
        outline(viewer, strategy).body("items.depth", equalTo(List.of(0, 1, 2, 3, 4, 3, 4)));
    }

    @Test
    void linksSdgTargetsOnlyFromGoals() {
        Map<String, Object> vision = goal("Leitbild mit SDG", null);
        vision.put("type", "VISION");
        as(editor)
                .body(vision)
                .post(COMPONENTS, strategy)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("detail", equalTo("Only GOAL components link to SDG targets."))
                .body("errors[0].field", equalTo("sdgTargets"));

        String id = as(editor)
                .body(goal("Ziel", null))
                .post(COMPONENTS, strategy)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(editor)
                .header("If-Match", "\"0\"")
                .body(vision)
                .put(COMPONENT, strategy, id)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("sdgTargets"));
        as(editor).get(COMPONENT, strategy, id).then().body("type", equalTo("GOAL"));
    }

    @Test
    void rejectsUnknownAndRepeatedSdgTargetsNamingTheEntry() {
        Map<String, Object> body = component("GOAL", "Ziel", null);
        body.put(
                "sdgTargets",
                List.of(
                        Map.of("code", "12.5", "contribution", "STRONG"),
                        Map.of("code", "12.9", "contribution", "STRONG"),
                        Map.of("code", "12.5", "contribution", "WEAK"),
                        Map.of("code", "18.1", "contribution", "WEAK")));
        as(editor)
                .body(body)
                .post(COMPONENTS, strategy)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/validation"))
                .body("detail", equalTo("The request has 3 invalid fields."))
                .body(
                        "errors.field",
                        equalTo(List.of("sdgTargets[1].code", "sdgTargets[2].code", "sdgTargets[3].code")))
                .body(
                        "errors.message",
                        equalTo(List.of(
                                "is not the code of an SDG target",
                                "is linked more than once",
                                "is not the code of an SDG target")));

        body.put("sdgTargets", List.of(Map.of("code", "12.5")));
        refusesCreate(body, 400, "sdgTargets[0].contribution", "must not be null");
        body.put("sdgTargets", List.of(Map.of("code", "12.5", "contribution", "HUGE")));
        refusesCreate(body, 400, "sdgTargets[0].contribution", "must be one of STRONG, MODERATE, WEAK");
        outline(viewer, strategy).body("items", empty());
    }

    @Test
    void rejectsInvalidFieldsWithFieldErrorsAndStoresNothing() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("title", " ");
        bad.put("description", "x".repeat(4001));
        bad.put("responsibleUnit", "x".repeat(201));
        bad.put("localGoals", List.of(Map.of("name", "", "contribution", "STRONG")));
        as(editor)
                .body(bad)
                .post(COMPONENTS, strategy)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", equalTo("The request has 5 invalid fields."))
                .body(
                        "errors.field",
                        equalTo(List.of("description", "localGoals[0].name", "responsibleUnit", "title", "type")));

        Map<String, Object> unknown = component("GOAL", "Ziel", null);
        unknown.put("depth", 3);
        refusesCreate(unknown, 400, "depth", "unknown or read-only property");
        as(editor)
                .body(component("MISSION", "Ziel", null))
                .post(COMPONENTS, strategy)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("type"));
        refusesCreate(
                Map.of("parentId", "not-a-uuid", "type", "GOAL", "title", "Ziel"), 400, "parentId", "must be a UUID");
        as(editor).post(COMPONENTS, strategy).then().statusCode(400).contentType(PROBLEM);
        outline(viewer, strategy).body("items", empty());
    }

    @Test
    void rejectsMovesWithoutPositionOrNegativeOne() {
        String id = addComponent(editor, strategy, "GOAL", "Ziel", null);
        as(editor)
                .header("If-Match", "\"0\"")
                .body(Map.of("position", -1))
                .post(COMPONENT + "/move", strategy, id)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("position"))
                .body("errors[0].message", equalTo("must be greater than or equal to 0"));
        as(editor)
                .header("If-Match", "\"0\"")
                .body(Map.of())
                .post(COMPONENT + "/move", strategy, id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("position"));
    }

    @Test
    void requiresCurrentIfMatchForChanges() {
        String id = addComponent(editor, strategy, "GOAL", "Ziel", null);
        as(editor)
                .body(component("GOAL", "Ohne If-Match", null))
                .put(COMPONENT, strategy, id)
                .then()
                .statusCode(428)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/if-match-required"))
                .body("instance", equalTo("/api/v1/strategies/" + strategy + "/components/" + id));
        as(editor).delete(COMPONENT, strategy, id).then().statusCode(428);
        as(editor)
                .body(Map.of("position", 0))
                .post(COMPONENT + "/move", strategy, id)
                .then()
                .statusCode(428);

        as(editor)
                .header("If-Match", "\"0\"")
                .body(component("GOAL", "Version 1", null))
                .put(COMPONENT, strategy, id)
                .then()
                .statusCode(200);
        as(editor)
                .header("If-Match", "\"0\"")
                .body(component("GOAL", "Überschreibt nichts", null))
                .put(COMPONENT, strategy, id)
                .then()
                .statusCode(412)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/stale-version"))
                .body("detail", containsString("current version 1"));
        as(editor)
                .header("If-Match", "\"0\"")
                .delete(COMPONENT, strategy, id)
                .then()
                .statusCode(412);
        as(editor)
                .header("If-Match", "\"0\"")
                .body(Map.of("position", 0))
                .post(COMPONENT + "/move", strategy, id)
                .then()
                .statusCode(412);
        as(editor).get(COMPONENT, strategy, id).then().body("title", equalTo("Version 1"));
    }

    @Test
    void letsViewersReadButNotChange() {
        String id = addComponent(editor, strategy, "GOAL", "Ziel", null);
        as(viewer).get(COMPONENT, strategy, id).then().statusCode(200);
        as(viewer)
                .body(component("GOAL", "Vom Betrachter", null))
                .post(COMPONENTS, strategy)
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/forbidden"))
                .body("detail", equalTo("You may read this strategy but not change it."));
        as(viewer)
                .header("If-Match", "\"0\"")
                .body(component("GOAL", "Vom Betrachter", null))
                .put(COMPONENT, strategy, id)
                .then()
                .statusCode(403);
        as(viewer)
                .header("If-Match", "\"0\"")
                .body(Map.of("position", 0))
                .post(COMPONENT + "/move", strategy, id)
                .then()
                .statusCode(403);
        as(viewer)
                .header("If-Match", "\"0\"")
                .delete(COMPONENT, strategy, id)
                .then()
                .statusCode(403);
        outline(viewer, strategy)
                .body("items.title", equalTo(List.of("Ziel")))
                .body("items.version", equalTo(List.of(0)));
    }

    @Test
    void requiresABearerToken() {
        given().get(COMPONENTS, strategy)
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer");
        given().contentType(ContentType.JSON)
                .body(component("GOAL", "Anonym", null))
                .post(COMPONENTS, strategy)
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void answersUnknownStrategiesAndComponentsWith404() {
        as(editor)
                .get(COMPONENTS, UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("detail", equalTo("Strategy does not exist or is not visible to you."));
        as(editor)
                .get(COMPONENT, strategy, UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("detail", equalTo("Strategy component does not exist or is not visible to you."));
        as(editor)
                .body(component("GOAL", "Irgendwo", null))
                .post(COMPONENTS, UUID.randomUUID())
                .then()
                .statusCode(404);

        String other = Api.createStrategy(editor, Map.of("title", "Andere " + UUID.randomUUID()));
        String elsewhere = addComponent(editor, other, "GOAL", "Anderswo", null);
        as(editor).get(COMPONENT, strategy, elsewhere).then().statusCode(404);
        as(editor)
                .header("If-Match", "\"0\"")
                .body(component("GOAL", "Über die falsche Strategie", null))
                .put(COMPONENT, strategy, elsewhere)
                .then()
                .statusCode(404);
        as(editor)
                .header("If-Match", "\"0\"")
                .delete(COMPONENT, strategy, elsewhere)
                .then()
                .statusCode(404);
        as(editor).get(COMPONENT, other, elsewhere).then().statusCode(200).body("title", equalTo("Anderswo"));
    }

    @Test
    void refusesAParentFromAnotherStrategyOnCreate() {
        String other = Api.createStrategy(editor, Map.of("title", "Andere " + UUID.randomUUID()));
        String foreign = addComponent(editor, other, "VISION", "Fremd", null);
        refusesCreate(component("GOAL", "Ziel", foreign), 422, "parentId", "is not a component of this strategy");
        outline(viewer, strategy).body("items", empty());
    }

    @Test
    void deletingTheStrategyDeletesItsOutline() {
        String vision = addComponent(editor, strategy, "VISION", "Leitbild", null);
        addComponent(editor, strategy, "GOAL", "Ziel", vision);
        as(editor)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/strategies/{id}", strategy)
                .then()
                .statusCode(204);
        as(editor).get(COMPONENT, strategy, vision).then().statusCode(404);
    }
}
