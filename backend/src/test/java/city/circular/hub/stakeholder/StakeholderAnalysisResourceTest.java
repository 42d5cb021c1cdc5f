package city.circular.hub.stakeholder;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import city.circular.hub.support.Api;
import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class StakeholderAnalysisResourceTest {

    static final String EDITOR = StakeholderResourceTest.EDITOR;
    static final String VIEWER = StakeholderResourceTest.VIEWER;
    static final String OTHER = StakeholderResourceTest.OTHER;

    @Inject
    Organizations organizations;

    String strategy;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
        strategy = Api.createStrategy(EDITOR, Map.of("title", "Analysierte Strategie"));
    }

    static Map<String, Object> analysis(String strategyId, String title, String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("strategyId", strategyId);
        body.put("title", title);
        body.put("method", "WORKSHOP");
        body.put("conductedOn", date);
        body.put("status", "COMPLETED");
        body.put("facilitator", "Wuppertal Institut");
        return body;
    }

    static String createAnalysis(String token, Map<String, Object> body) {
        return as(token)
                .body(body)
                .post("/api/v1/stakeholder-analyses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Map<String, Object> rating(int power, int interest, int attitude, String current, String desired) {
        return Map.of(
                "power", power,
                "interest", interest,
                "attitude", attitude,
                "engagementCurrent", current,
                "engagementDesired", desired,
                "rationale", "Begründung");
    }

    @Test
    void managesAnalysesOfAStrategy() {
        String id = as(EDITOR)
                .body(analysis(strategy, "Analyse 2026", "2026-02-15"))
                .post("/api/v1/stakeholder-analyses")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("strategyId", equalTo(strategy))
                .body(
                        "organizationId",
                        equalTo(organizations.id(Organizations.MUSTERSTADT).toString()))
                .body("method", equalTo("WORKSHOP"))
                .body("conductedOn", equalTo("2026-02-15"))
                .body("status", equalTo("COMPLETED"))
                .extract()
                .path("id");
        as(VIEWER)
                .queryParam("strategyId", strategy)
                .get("/api/v1/stakeholder-analyses")
                .then()
                .body("items.id", equalTo(List.of(id)));
        Map<String, Object> change = analysis(strategy, "Analyse Frühjahr 2026", "2026-03-01");
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(change)
                .put("/api/v1/stakeholder-analyses/{id}", id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Analyse Frühjahr 2026"));
        String otherStrategy = Api.createStrategy(EDITOR, Map.of("title", "Andere"));
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .body(analysis(otherStrategy, "Umhängen", null))
                .put("/api/v1/stakeholder-analyses/{id}", id)
                .then()
                .statusCode(422)
                .contentType(PROBLEM);
        as(VIEWER)
                .header("If-Match", "\"1\"")
                .delete("/api/v1/stakeholder-analyses/{id}", id)
                .then()
                .statusCode(403);
        as(OTHER).get("/api/v1/stakeholder-analyses/{id}", id).then().statusCode(404);
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .delete("/api/v1/stakeholder-analyses/{id}", id)
                .then()
                .statusCode(204);
    }

    @Test
    void analysesOnlyStrategiesTheCallerEdits() {
        as(VIEWER)
                .body(analysis(strategy, "Als Leserin", null))
                .post("/api/v1/stakeholder-analyses")
                .then()
                .statusCode(403);
        as(OTHER)
                .body(analysis(strategy, "Fremd", null))
                .post("/api/v1/stakeholder-analyses")
                .then()
                .statusCode(404);
        Map<String, Object> missing = analysis(strategy, "", null);
        missing.remove("method");
        as(EDITOR)
                .body(missing)
                .post("/api/v1/stakeholder-analyses")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("method", "title")));
    }

    @Test
    void ratesStakeholdersAndDerivesQuadrantGapAndChange() {
        String kammer = StakeholderResourceTest.create(
                EDITOR, StakeholderResourceTest.stakeholder("Kammer " + UUID.randomUUID()));
        String verein = StakeholderResourceTest.create(
                EDITOR, StakeholderResourceTest.stakeholder("Verein " + UUID.randomUUID()));
        String first = createAnalysis(EDITOR, analysis(strategy, "Analyse 2024", "2024-05-01"));
        String second = createAnalysis(EDITOR, analysis(strategy, "Analyse 2026", "2026-05-01"));

        as(EDITOR)
                .body(rating(2, 4, 0, "UNAWARE", "SUPPORTIVE"))
                .put("/api/v1/stakeholder-analyses/{a}/ratings/{s}", first, kammer)
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("quadrant", equalTo("KEEP_INFORMED"))
                .body("engagementGap", equalTo(3))
                .body("previous", nullValue());
        as(EDITOR)
                .body(rating(5, 5, 2, "SUPPORTIVE", "LEADING"))
                .put("/api/v1/stakeholder-analyses/{a}/ratings/{s}", second, kammer)
                .then()
                .statusCode(201)
                .body("quadrant", equalTo("MANAGE_CLOSELY"))
                .body("engagementGap", equalTo(1))
                .body("previous.analysisId", equalTo(first))
                .body("previous.power", equalTo(2))
                .body("previous.quadrant", equalTo("KEEP_INFORMED"));
        as(EDITOR)
                .body(rating(4, 1, -2, "RESISTANT", "NEUTRAL"))
                .put("/api/v1/stakeholder-analyses/{a}/ratings/{s}", second, verein)
                .then()
                .statusCode(201)
                .body("quadrant", equalTo("KEEP_SATISFIED"));

        as(VIEWER)
                .get("/api/v1/stakeholder-analyses/{a}/ratings", second)
                .then()
                .statusCode(200)
                .body("previousAnalysisId", equalTo(first))
                .body("items.stakeholder.id", equalTo(List.of(kammer, verein)))
                .body("items.engagementGap", equalTo(List.of(1, 1)))
                .body("items[1].previous", nullValue());

        as(EDITOR)
                .body(rating(1, 1, 0, "NEUTRAL", "NEUTRAL"))
                .put("/api/v1/stakeholder-analyses/{a}/ratings/{s}", second, verein)
                .then()
                .statusCode(428);
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(rating(1, 1, 0, "NEUTRAL", "NEUTRAL"))
                .put("/api/v1/stakeholder-analyses/{a}/ratings/{s}", second, verein)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("quadrant", equalTo("MONITOR"))
                .body("engagementGap", equalTo(0));
        // The same rating sent again changes nothing: it keeps its version (and writes no change record).
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .body(rating(1, 1, 0, "NEUTRAL", "NEUTRAL"))
                .put("/api/v1/stakeholder-analyses/{a}/ratings/{s}", second, verein)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        as(VIEWER)
                .body(rating(3, 3, 0, "NEUTRAL", "NEUTRAL"))
                .put("/api/v1/stakeholder-analyses/{a}/ratings/{s}", second, verein)
                .then()
                .statusCode(403);
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .delete("/api/v1/stakeholder-analyses/{a}/ratings/{s}", second, verein)
                .then()
                .statusCode(204);
        as(EDITOR)
                .get("/api/v1/stakeholder-analyses/{a}/ratings/{s}", second, verein)
                .then()
                .statusCode(404);
    }

    @Test
    void rejectsOutOfRangeRatingsAndForeignStakeholders() {
        String kammer = StakeholderResourceTest.create(
                EDITOR, StakeholderResourceTest.stakeholder("Kammer " + UUID.randomUUID()));
        String analysisId = createAnalysis(EDITOR, analysis(strategy, "Grenzen", null));
        as(EDITOR)
                .body(rating(6, 0, 3, "UNAWARE", "LEADING"))
                .put("/api/v1/stakeholder-analyses/{a}/ratings/{s}", analysisId, kammer)
                .then()
                .statusCode(422)
                .body("type", equalTo("https://circular-city-hub.example/problems/rule-violation"))
                .body("errors.field", equalTo(List.of("attitude", "interest", "power")));
        organizations.id(Organizations.NACHBARSTADT);
        Map<String, Object> shared = StakeholderResourceTest.stakeholder("Nachbarn " + UUID.randomUUID());
        shared.put("visibility", "NETWORK");
        String foreign = StakeholderResourceTest.create(StakeholderResourceTest.PEER, shared);
        as(EDITOR)
                .body(rating(3, 3, 0, "NEUTRAL", "NEUTRAL"))
                .put("/api/v1/stakeholder-analyses/{a}/ratings/{s}", analysisId, foreign)
                .then()
                .statusCode(422)
                .contentType(PROBLEM);
        as(EDITOR)
                .body(rating(3, 3, 0, "NEUTRAL", "NEUTRAL"))
                .put("/api/v1/stakeholder-analyses/{a}/ratings/{s}", analysisId, UUID.randomUUID())
                .then()
                .statusCode(404);
        as(OTHER)
                .get("/api/v1/stakeholder-analyses/{a}/ratings", analysisId)
                .then()
                .statusCode(404);
        String token = Tokens.member("musterstadt", "editor");
        as(token)
                .get("/api/v1/stakeholder-analyses/{a}/ratings", analysisId)
                .then()
                .statusCode(200);
    }
}
