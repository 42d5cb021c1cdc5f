package city.circular.hub.version;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static city.circular.hub.support.Api.createStrategy;
import static city.circular.hub.support.StrategyParts.COMPONENT;
import static city.circular.hub.support.StrategyParts.addComponent;
import static city.circular.hub.support.StrategyParts.addIndicator;
import static city.circular.hub.support.StrategyParts.componentEtag;
import static city.circular.hub.support.StrategyParts.indicator;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Adopting a strategy freezes its outline as a numbered version; later edits to the outline leave the version as it
 * was; versions are read with the right to read the strategy, and a failed adoption leaves none.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class StrategyVersionTest {

    private static final String VERSIONS = "/api/v1/strategies/{id}/versions";
    private static final String ADOPTION = """
            {"status": "ADOPTED", "adoption": {"decisionBody": "Rat der Stadt", "decidedOn": "2026-03-12",
             "reference": "DS 0815/2026"}}""";

    @Inject
    Organizations organizations;

    String editor;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
        organizations.id(Organizations.NACHBARSTADT);
        editor = Tokens.member(Organizations.MUSTERSTADT, "editor");
    }

    private void moveTo(String id, String etag, String body) {
        as(editor)
                .header("If-Match", etag)
                .body(body)
                .post("/api/v1/strategies/{id}/status", id)
                .then()
                .statusCode(200);
    }

    @Test
    void adoptionFreezesTheOutlineAndLaterEditsLeaveItAsItWas() {
        String id = createStrategy(editor, Map.of("title", "Versioniert", "periodFrom", 2026, "periodTo", 2030));
        String vision = addComponent(editor, id, "VISION", "Abfallfreie Stadt", null);
        String goal = addComponent(editor, id, "GOAL", "Restmüll halbieren", vision);
        addIndicator(editor, id, indicator(goal, "Restmüll je Einwohner"));
        as(editor).get(VERSIONS, id).then().statusCode(200).body("items", empty());

        moveTo(id, "\"0\"", "{\"status\": \"IN_REVIEW\"}");
        moveTo(id, "\"1\"", ADOPTION);

        as(editor)
                .get(VERSIONS, id)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].number", equalTo(1))
                .body("items[0].decisionReference", equalTo("DS 0815/2026"))
                .body("items[0].decidedOn", equalTo("2026-03-12"));

        // The outline changes after the adoption; the version does not.
        as(editor)
                .header("If-Match", componentEtag(editor, id, goal))
                .body(Map.of("type", "GOAL", "title", "Restmüll um zwei Drittel senken", "parentId", vision))
                .put(COMPONENT, id, goal)
                .then()
                .statusCode(200);
        addComponent(editor, id, "INSTRUMENT", "Reparaturcafés", goal);

        as(editor)
                .get(VERSIONS + "/1", id)
                .then()
                .statusCode(200)
                .body("version.number", equalTo(1))
                .body("version.adoptedBy", equalTo(Organizations.MUSTERSTADT + "-editor"))
                .body("outline.strategy.title", equalTo("Versioniert"))
                .body("outline.strategy.status", equalTo("ADOPTED"))
                .body("outline.components.title", contains("Abfallfreie Stadt", "Restmüll halbieren"))
                .body("outline.components.depth", contains(0, 1))
                .body("outline.indicators.name", contains("Restmüll je Einwohner"))
                .body("outline.indicators[0].componentId", equalTo(goal));
        as(editor).get(VERSIONS + "/2", id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void reAdoptionAfterARevisionFreezesVersionTwoAndLeavesVersionOneAsItWas() {
        String id = createStrategy(editor, Map.of("title", "Fortgeschrieben", "periodFrom", 2026, "periodTo", 2030));
        String vision = addComponent(editor, id, "VISION", "Abfallfreie Stadt", null);
        String goal = addComponent(editor, id, "GOAL", "Restmüll halbieren", vision);
        addIndicator(editor, id, indicator(goal, "Restmüll je Einwohner"));
        moveTo(id, "\"0\"", "{\"status\": \"IN_REVIEW\"}");
        moveTo(id, "\"1\"", ADOPTION);

        as(editor)
                .header("If-Match", "\"2\"")
                .body(Map.of("status", "IN_REVISION"))
                .post("/api/v1/strategies/{id}/status", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"3\"")
                .body("status", equalTo("IN_REVISION"))
                // The adoption in force stays until the next one.
                .body("adoption.reference", equalTo("DS 0815/2026"));
        as(editor)
                .header("If-Match", componentEtag(editor, id, goal))
                .body(Map.of("type", "GOAL", "title", "Restmüll um zwei Drittel senken", "parentId", vision))
                .put(COMPONENT, id, goal)
                .then()
                .statusCode(200);
        addComponent(editor, id, "INSTRUMENT", "Reparaturcafés", goal);
        as(editor).get(VERSIONS, id).then().statusCode(200).body("items.number", contains(1));

        moveTo(id, "\"3\"", """
                {"status": "ADOPTED", "adoption": {"decisionBody": "Rat der Stadt", "decidedOn": "2027-02-04",
                 "reference": "DS 0112/2027"}}""");

        as(editor)
                .get(VERSIONS, id)
                .then()
                .statusCode(200)
                .body("items.number", contains(2, 1))
                .body("items.decisionReference", contains("DS 0112/2027", "DS 0815/2026"))
                .body("items.decidedOn", contains("2027-02-04", "2026-03-12"));
        as(editor)
                .get(VERSIONS + "/2", id)
                .then()
                .statusCode(200)
                .body("version.number", equalTo(2))
                .body("outline.strategy.status", equalTo("ADOPTED"))
                .body("outline.strategy.adoption.reference", equalTo("DS 0112/2027"))
                .body(
                        "outline.components.title",
                        contains("Abfallfreie Stadt", "Restmüll um zwei Drittel senken", "Reparaturcafés"))
                .body("outline.indicators.name", contains("Restmüll je Einwohner"));
        as(editor)
                .get(VERSIONS + "/1", id)
                .then()
                .statusCode(200)
                .body("outline.strategy.adoption.reference", equalTo("DS 0815/2026"))
                .body("outline.components.title", contains("Abfallfreie Stadt", "Restmüll halbieren"));
    }

    @Test
    void aRevisionIsAdoptedOnlyWithADecisionNoOlderThanTheOneInForce() {
        String id = createStrategy(editor, Map.of("title", "Rückdatiert"));
        moveTo(id, "\"0\"", "{\"status\": \"IN_REVIEW\"}");
        moveTo(id, "\"1\"", ADOPTION);
        moveTo(id, "\"2\"", "{\"status\": \"IN_REVISION\"}");
        for (String body : new String[] {"{\"status\": \"ADOPTED\"}", """
            {"status": "ADOPTED", "adoption": {"decisionBody": "Rat", "decidedOn": "2026-03-11",
             "reference": "DS 2"}}"""}) {
            as(editor)
                    .header("If-Match", "\"3\"")
                    .body(body)
                    .post("/api/v1/strategies/{id}/status", id)
                    .then()
                    .statusCode(422)
                    .contentType(PROBLEM)
                    .body("errors[0].field", org.hamcrest.Matchers.startsWith("adoption"));
        }
        as(editor)
                .get("/api/v1/strategies/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"3\"")
                .body("status", equalTo("IN_REVISION"))
                .body("adoption.decidedOn", equalTo("2026-03-12"));
        as(editor).get(VERSIONS, id).then().body("items.number", contains(1));
        // The same day as the decision in force is a valid re-adoption.
        moveTo(id, "\"3\"", """
                {"status": "ADOPTED", "adoption": {"decisionBody": "Rat", "decidedOn": "2026-03-12",
                 "reference": "DS 2"}}""");
        as(editor).get(VERSIONS, id).then().body("items.number", contains(2, 1));
    }

    @Test
    void onlyTheOwnersEditorsReviseAndOthersDoNotSeeTheStrategy() {
        String id = createStrategy(editor, Map.of("title", "Nur Musterstadt revidiert", "visibility", "PUBLIC"));
        moveTo(id, "\"0\"", "{\"status\": \"IN_REVIEW\"}");
        moveTo(id, "\"1\"", ADOPTION);
        String revise = "{\"status\": \"IN_REVISION\"}";
        for (String[] caller : new String[][] {
            {Tokens.member(Organizations.MUSTERSTADT, "viewer"), "403"},
            {Tokens.member(Organizations.NACHBARSTADT, "editor"), "403"},
        }) {
            as(caller[0])
                    .header("If-Match", "\"2\"")
                    .body(revise)
                    .post("/api/v1/strategies/{id}/status", id)
                    .then()
                    .statusCode(Integer.parseInt(caller[1]))
                    .contentType(PROBLEM);
        }
        String hidden = createStrategy(editor, Map.of("title", "Privat revidiert"));
        moveTo(hidden, "\"0\"", "{\"status\": \"IN_REVIEW\"}");
        moveTo(hidden, "\"1\"", ADOPTION);
        as(Tokens.member(Organizations.NACHBARSTADT, "editor"))
                .header("If-Match", "\"2\"")
                .body(revise)
                .post("/api/v1/strategies/{id}/status", hidden)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        as(editor).get("/api/v1/strategies/{id}", id).then().body("status", equalTo("ADOPTED"));
        as(editor).get("/api/v1/strategies/{id}", hidden).then().body("status", equalTo("ADOPTED"));
        moveTo(id, "\"2\"", revise);
        as(editor).get("/api/v1/strategies/{id}", id).then().body("status", equalTo("IN_REVISION"));
    }

    @Test
    void versionsAreReadWithTheRightToReadTheStrategy() {
        String id = createStrategy(editor, Map.of("title", "Nur für Musterstadt"));
        moveTo(id, "\"0\"", "{\"status\": \"IN_REVIEW\"}");
        moveTo(id, "\"1\"", ADOPTION);
        String other = Tokens.member(Organizations.NACHBARSTADT, "editor");
        as(other).get(VERSIONS, id).then().statusCode(404).contentType(PROBLEM);
        as(other).get(VERSIONS + "/1", id).then().statusCode(404).contentType(PROBLEM);
        as(Tokens.member(Organizations.MUSTERSTADT, "viewer"))
                .get(VERSIONS + "/1", id)
                .then()
                .statusCode(200)
                .body("outline.strategy.title", equalTo("Nur für Musterstadt"));
    }

    @Test
    void aRefusedAdoptionFreezesNothing() {
        String id = createStrategy(editor, Map.of("title", "Nicht beschlossen"));
        moveTo(id, "\"0\"", "{\"status\": \"IN_REVIEW\"}");
        as(editor)
                .header("If-Match", "\"1\"")
                .body("""
                        {"status": "ADOPTED", "adoption": {"decisionBody": "Rat", "decidedOn": "2026-03-12",
                         "reference": "DS 1", "decisionId": "00000000-0000-0000-0000-000000000001"}}""")
                .post("/api/v1/strategies/{id}/status", id)
                .then()
                .statusCode(422);
        as(editor).get(VERSIONS, id).then().statusCode(200).body("items", empty());
        as(editor).get(VERSIONS + "/0", id).then().statusCode(422).contentType(PROBLEM);
    }
}
