package city.circular.hub.dashboard;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import city.circular.hub.support.Api;
import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The dashboard of an organization no other test writes to (Dashboardstadt), so that every count can be
 * asserted exactly.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DashboardResourceTest {

    static final String EDITOR = Tokens.user("dashboard-editor", "/organizations/dashboardstadt/editor");
    static final String VIEWER = Tokens.user("dashboard-viewer", "/organizations/dashboardstadt/viewer");

    @Inject
    Organizations organizations;

    @Test
    void summarisesTheOrganizationsStanding() {
        String organization = organizations.create("dashboardstadt").toString();
        String strategy = Api.createStrategy(EDITOR, Map.of("title", "Dashboard-Strategie"));
        String goal = as(EDITOR)
                .body(Map.of("type", "GOAL", "title", "Ziel"))
                .post("/api/v1/strategies/{s}/components", strategy)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(EDITOR)
                .body(Map.of("type", "VISION", "title", "Vision"))
                .post("/api/v1/strategies/{s}/components", strategy)
                .then()
                .statusCode(201);
        as(EDITOR)
                .body(Map.of(
                        "componentId", goal,
                        "name", "Quote",
                        "unit", "%",
                        "kind", "OUTCOME",
                        "direction", "INCREASE",
                        "baseline", Map.of("value", 10, "date", "2024-01-01"),
                        "targets", List.of(Map.of("value", 30, "date", "2030-01-01"))))
                .post("/api/v1/strategies/{s}/indicators", strategy)
                .then()
                .statusCode(201);
        String kammer = as(EDITOR)
                .body(Map.of("name", "Kammer", "sector", "CHAMBER"))
                .post("/api/v1/stakeholders")
                .then()
                .extract()
                .path("id");
        as(EDITOR).body(Map.of("name", "Verein", "sector", "CIVIL_SOCIETY")).post("/api/v1/stakeholders");
        String analysis = as(EDITOR)
                .body(Map.of(
                        "strategyId", strategy, "title", "Analyse", "method", "SURVEY", "conductedOn", "2026-01-10"))
                .post("/api/v1/stakeholder-analyses")
                .then()
                .extract()
                .path("id");
        as(EDITOR)
                .body(Map.of(
                        "power",
                        4,
                        "interest",
                        4,
                        "attitude",
                        0,
                        "engagementCurrent",
                        "UNAWARE",
                        "engagementDesired",
                        "SUPPORTIVE"))
                .put("/api/v1/stakeholder-analyses/{a}/ratings/{s}", analysis, kammer)
                .then()
                .statusCode(201);
        String project = as(EDITOR)
                .body(Map.of("title", "Projekt", "fieldsOfAction", List.of("FOOD_NUTRITION")))
                .post("/api/v1/starter-projects")
                .then()
                .extract()
                .path("id");
        as(EDITOR)
                .body(Map.of("title", "Maßnahme", "co2eTonnesPerYear", 12.5))
                .post("/api/v1/starter-projects/{p}/measures", project)
                .then()
                .statusCode(201);
        as(EDITOR).body(Map.of("title", "Zweites Projekt")).post("/api/v1/starter-projects");

        as(VIEWER)
                .get("/api/v1/dashboard")
                .then()
                .statusCode(200)
                .body("organization.id", equalTo(organization))
                .body("strategies.title", equalTo(List.of("Dashboard-Strategie")))
                .body("strategies[0].completeness.percent", equalTo(29))
                .body("strategies[0].completeness.missingTypes", hasItem("PRODUCT"))
                .body("projects.total", equalTo(2))
                .body("projects.byStatus", equalTo(List.of(Map.of("status", "IDEA", "count", 2))))
                .body(
                        "projects.byFieldOfAction",
                        equalTo(List.of(Map.of("fieldOfAction", "FOOD_NUTRITION", "count", 1))))
                .body("projects.impact.co2eTonnesPerYear", equalTo(12.5f))
                .body("indicators.name", equalTo(List.of("Quote")))
                .body("indicators[0].progress.status", equalTo("NO_DATA"))
                .body("stakeholders.total", equalTo(2))
                .body("stakeholders.bySector.sector", equalTo(List.of("CHAMBER", "CIVIL_SOCIETY")))
                .body("stakeholders.latestAnalysis.rated", equalTo(1))
                .body("stakeholders.latestAnalysis.withGap", equalTo(1))
                .body("stakeholders.largestGaps[0].gap", equalTo(3))
                .body("stakeholders.largestGaps[0].name", equalTo("Kammer"));
    }

    @Test
    void isForMembersOnly() {
        organizations.id(Organizations.MUSTERSTADT);
        as(Tokens.member("eksempelby", "editor"))
                .queryParam(
                        "organizationId",
                        organizations.id(Organizations.MUSTERSTADT).toString())
                .get("/api/v1/dashboard")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        as(Tokens.user("two", "/organizations/musterstadt/viewer", "/organizations/eksempelby/viewer"))
                .get("/api/v1/dashboard")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("organizationId"));
        as(Tokens.user("nobody")).get("/api/v1/dashboard").then().statusCode(403);
    }
}
