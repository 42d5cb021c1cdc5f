package city.circular.hub.project;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class StarterProjectResourceTest {

    static final String EDITOR = Tokens.member("musterstadt", "editor");
    static final String VIEWER = Tokens.member("musterstadt", "viewer");
    static final String OTHER = Tokens.member("eksempelby", "editor");

    @Inject
    Organizations organizations;

    @Inject
    SessionFactory sessionFactory;

    String stakeholder;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
        stakeholder = as(EDITOR)
                .body(Map.of("name", "Hochbauamt " + UUID.randomUUID(), "sector", "ADMINISTRATION"))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    Map<String, Object> project(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("summary", "Bauteile aus Rückbau vermitteln");
        body.put("fieldsOfAction", List.of("CONSTRUCTION_BUILDINGS"));
        body.put("startDate", "2026-04-01");
        body.put("plannedCompletion", "2027-06-30");
        body.put("budgetPlanned", 250000);
        body.put("fundingSource", "EFRE/ERDF");
        body.put("parties", List.of(Map.of("stakeholderId", stakeholder, "role", "RESPONSIBLE")));
        return body;
    }

    static Map<String, Object> measure(String title, double co2, boolean... steps) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("status", "IN_PROGRESS");
        body.put("cost", 1000);
        body.put("co2eTonnesPerYear", co2);
        body.put("co2eConfidence", "MEDIUM");
        body.put("materialReusedT", 10);
        body.put("energyCarrierFrom", "Erdgas");
        body.put("energyCarrierTo", "Fernwärme");
        body.put("energyReplacedMwhPerYear", 50);
        List<Map<String, Object>> list = new java.util.ArrayList<>();
        for (int i = 0; i < steps.length; i++) {
            list.add(Map.of("title", "Schritt " + i, "done", steps[i]));
        }
        body.put("steps", list);
        return body;
    }

    String create(Map<String, Object> body) {
        return as(EDITOR)
                .body(body)
                .post("/api/v1/starter-projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void createsProjectWithPartiesAndComputesTotalsFromMeasures() {
        String id = as(EDITOR)
                .body(project("Materialbörse"))
                .post("/api/v1/starter-projects")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("IDEA"))
                .body("allowedNext", equalTo(List.of("SHORTLISTED", "ON_HOLD", "CANCELLED")))
                .body("parties[0].stakeholderId", equalTo(stakeholder))
                .body("parties[0].role", equalTo("RESPONSIBLE"))
                .body("parties[0].sector", equalTo("ADMINISTRATION"))
                .body("measures", empty())
                .body("totals.measureCount", equalTo(0))
                .body("totals.co2eTonnesPerYear", equalTo(0))
                .extract()
                .path("id");
        as(EDITOR)
                .body(measure("Bauteile erfassen", 120.5, true, false))
                .post("/api/v1/starter-projects/{id}/measures", id)
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("position", equalTo(0))
                .body("progress", equalTo(50));
        String second = as(EDITOR)
                .body(measure("Börse online", 30, true, true, true, false))
                .post("/api/v1/starter-projects/{id}/measures", id)
                .then()
                .statusCode(201)
                .body("position", equalTo(1))
                .body("progress", equalTo(75))
                .extract()
                .path("id");
        Map<String, Object> cancelled = measure("Verworfen", 1000, false);
        cancelled.put("status", "CANCELLED");
        as(EDITOR)
                .body(cancelled)
                .post("/api/v1/starter-projects/{id}/measures", id)
                .then()
                .statusCode(201);

        as(VIEWER)
                .get("/api/v1/starter-projects/{id}", id)
                .then()
                .statusCode(200)
                .body("measures.title", equalTo(List.of("Bauteile erfassen", "Börse online", "Verworfen")))
                .body("totals.measureCount", equalTo(2))
                .body("totals.co2eTonnesPerYear", equalTo(150.5f))
                .body("totals.materialReusedT", equalTo(20.0f))
                .body("totals.energyReplacedMwhPerYear", equalTo(100.0f))
                .body("totals.cost", equalTo(2000.0f))
                .body("totals.progress", equalTo(63));

        Map<String, Object> change = measure("Börse online", 40, true, true, true, true);
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(change)
                .put("/api/v1/starter-projects/{id}/measures/{m}", id, second)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("progress", equalTo(100));
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(change)
                .put("/api/v1/starter-projects/{id}/measures/{m}", id, second)
                .then()
                .statusCode(412);
        as(VIEWER)
                .header("If-Match", "\"1\"")
                .delete("/api/v1/starter-projects/{id}/measures/{m}", id, second)
                .then()
                .statusCode(403);
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .delete("/api/v1/starter-projects/{id}/measures/{m}", id, second)
                .then()
                .statusCode(204);
        as(EDITOR)
                .get("/api/v1/starter-projects/{id}", id)
                .then()
                .body("measures.position", equalTo(List.of(0, 1)))
                .body("totals.co2eTonnesPerYear", equalTo(120.5f));
    }

    @Test
    void movesThroughLifecycleWithHoldResumeAndReasons() {
        String id = create(project("Lebenszyklus"));
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "SELECTED"))
                .post("/api/v1/starter-projects/{id}/status", id)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("detail", containsString("cannot move from IDEA to SELECTED"));
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "SHORTLISTED"))
                .post("/api/v1/starter-projects/{id}/status", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .body(Map.of("status", "ON_HOLD"))
                .post("/api/v1/starter-projects/{id}/status", id)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .body(Map.of("status", "ON_HOLD", "reason", "Förderbescheid abwarten"))
                .post("/api/v1/starter-projects/{id}/status", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("ON_HOLD"))
                .body("statusReason", equalTo("Förderbescheid abwarten"))
                .body("allowedNext", equalTo(List.of("SHORTLISTED", "CANCELLED")));
        as(EDITOR)
                .header("If-Match", "\"2\"")
                .body(Map.of("status", "SHORTLISTED"))
                .post("/api/v1/starter-projects/{id}/status", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SHORTLISTED"))
                .body("statusReason", nullValue());
        String[] path = {"SELECTED", "PREPARATION", "IMPLEMENTATION", "COMPLETED", "SCALED"};
        for (int i = 0; i < path.length; i++) {
            as(EDITOR)
                    .header("If-Match", "\"" + (3 + i) + "\"")
                    .body(Map.of("status", path[i]))
                    .post("/api/v1/starter-projects/{id}/status", id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo(path[i]));
        }
        as(EDITOR)
                .get("/api/v1/starter-projects/{id}", id)
                .then()
                .body("actualCompletion", notNullString())
                .body("allowedNext", empty());
        as(EDITOR)
                .header("If-Match", "\"8\"")
                .body(Map.of("status", "CANCELLED", "reason", "zu spät"))
                .post("/api/v1/starter-projects/{id}/status", id)
                .then()
                .statusCode(422);
    }

    private static org.hamcrest.Matcher<Object> notNullString() {
        return org.hamcrest.Matchers.instanceOf(String.class);
    }

    @Test
    void rejectsInvalidProjectsAndForeignParties() {
        Map<String, Object> bad = project(" ");
        bad.put("plannedCompletion", "2026-01-01");
        bad.put("budgetPlanned", -5);
        as(EDITOR)
                .body(bad)
                .post("/api/v1/starter-projects")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("budgetPlanned", "plannedCompletion", "title")));
        String foreign = as(OTHER)
                .body(Map.of("name", "Fremd", "sector", "BUSINESS"))
                .post("/api/v1/stakeholders")
                .then()
                .extract()
                .path("id");
        Map<String, Object> withForeign = project("Fremde Partei");
        withForeign.put("parties", List.of(Map.of("stakeholderId", foreign, "role", "CONSULTED")));
        as(EDITOR)
                .body(withForeign)
                .post("/api/v1/starter-projects")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("parties[0].stakeholderId"));
        Map<String, Object> otherStrategy = project("Fremde Strategie");
        otherStrategy.put("strategyId", Api.createStrategy(OTHER, Map.of("title", "Dänisch")));
        as(EDITOR).body(otherStrategy).post("/api/v1/starter-projects").then().statusCode(404);
    }

    @Test
    void isolatesTenantsAndRoles() {
        String id = create(project("Privat"));
        as(OTHER)
                .get("/api/v1/starter-projects/{id}", id)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        as(OTHER)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/starter-projects/{id}", id)
                .then()
                .statusCode(404);
        as(OTHER)
                .body(measure("x", 1))
                .post("/api/v1/starter-projects/{id}/measures", id)
                .then()
                .statusCode(404);
        as(OTHER).get("/api/v1/starter-projects/{id}/status-updates", id).then().statusCode(404);
        as(VIEWER)
                .header("If-Match", "\"0\"")
                .body(project("Leserin"))
                .put("/api/v1/starter-projects/{id}", id)
                .then()
                .statusCode(403);
        as(VIEWER)
                .body(project("Leserin"))
                .post("/api/v1/starter-projects")
                .then()
                .statusCode(403);
        as(EDITOR)
                .body(project("Ohne If-Match"))
                .put("/api/v1/starter-projects/{id}", id)
                .then()
                .statusCode(428);
        given().get("/api/v1/starter-projects").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void listsWithFiltersAndAFixedNumberOfStatements() {
        String marker = "list-" + UUID.randomUUID();
        String first = create(project(marker + " Bau"));
        Map<String, Object> food = project(marker + " Essen");
        food.put("fieldsOfAction", List.of("FOOD_NUTRITION"));
        String second = create(food);
        for (int i = 0; i < 3; i++) {
            as(EDITOR).body(measure("M" + i, 10, true)).post("/api/v1/starter-projects/{id}/measures", first);
        }
        as(VIEWER)
                .queryParam("q", marker)
                .get("/api/v1/starter-projects")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(second, first)))
                .body("items[1].responsible[0]", containsString("Hochbauamt"))
                .body("items[1].totals.co2eTonnesPerYear", equalTo(30.0f))
                .body("items[0].totals.measureCount", equalTo(0));
        as(VIEWER)
                .queryParam("q", marker)
                .queryParam("fieldOfAction", "FOOD_NUTRITION")
                .get("/api/v1/starter-projects")
                .then()
                .body("items.id", equalTo(List.of(second)));
        as(VIEWER)
                .queryParam("q", marker)
                .queryParam("responsibleStakeholderId", stakeholder)
                .get("/api/v1/starter-projects")
                .then()
                .body("items.id", equalTo(List.of(second, first)));
        as(VIEWER)
                .queryParam("q", marker)
                .queryParam("responsibleStakeholderId", UUID.randomUUID().toString())
                .get("/api/v1/starter-projects")
                .then()
                .body("items", empty());
        as(VIEWER)
                .queryParam("q", marker)
                .queryParam("status", "IDEA")
                .queryParam("limit", 1)
                .get("/api/v1/starter-projects")
                .then()
                .body("items.size()", equalTo(1))
                .body("next", org.hamcrest.Matchers.notNullValue());
        as(OTHER).queryParam("q", marker).get("/api/v1/starter-projects").then().body("items", empty());

        // The requests above warmed the viewer's cached caller context.
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        as(VIEWER)
                .queryParam("q", marker)
                .get("/api/v1/starter-projects")
                .then()
                .statusCode(200);
        long twoProjects = statistics.getPrepareStatementCount();
        statistics.clear();
        as(VIEWER).queryParam("q", marker).queryParam("limit", 1).get("/api/v1/starter-projects");
        assertEquals(twoProjects, statistics.getPrepareStatementCount(), "statements for one and for two projects");
        assertEquals(4, twoProjects, "page, measures, parties, party names");
    }

    @Test
    void keepsAStatusUpdateLog() {
        String id = create(project("Protokoll"));
        as(EDITOR)
                .body(Map.of("reportedOn", "2026-10-01", "text", "Start", "progress", 10))
                .post("/api/v1/starter-projects/{id}/status-updates", id)
                .then()
                .statusCode(201)
                .body("author", equalTo("musterstadt-editor"))
                .body("progress", equalTo(10));
        as(EDITOR)
                .body(Map.of("reportedOn", "2026-11-01", "text", "Halbzeit", "progress", 50))
                .post("/api/v1/starter-projects/{id}/status-updates", id)
                .then()
                .statusCode(201);
        as(EDITOR)
                .body(Map.of("text", "", "progress", 101))
                .post("/api/v1/starter-projects/{id}/status-updates", id)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("progress", "text")));
        as(VIEWER)
                .body(Map.of("text", "Leserin"))
                .post("/api/v1/starter-projects/{id}/status-updates", id)
                .then()
                .statusCode(403);
        as(VIEWER)
                .get("/api/v1/starter-projects/{id}/status-updates", id)
                .then()
                .statusCode(200)
                .body("text", equalTo(List.of("Halbzeit", "Start")));
    }

    @Test
    void exportsProjectsWithMeasuresAsCsvAndXlsx() throws Exception {
        String marker = "export-" + UUID.randomUUID();
        String id = create(project(marker + " Börse"));
        as(EDITOR)
                .body(measure("Bauteile; \"erfassen\"", 12.5, true))
                .post("/api/v1/starter-projects/{id}/measures", id);
        create(project(marker + " ohne Maßnahmen"));
        byte[] csv = given().auth()
                .oauth2(VIEWER)
                .queryParam("q", marker)
                .get("/api/v1/starter-projects/export")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"starter-projects.csv\"")
                .extract()
                .asByteArray();
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertTrue(lines[0].startsWith("\uFEFFprojectId,project,status,fieldsOfAction"), lines[0]);
        assertEquals(3, lines.length, text);
        assertTrue(text.contains(marker + " Börse,IDEA,CONSTRUCTION_BUILDINGS,2027-06-30"), text);
        assertTrue(text.contains("\"Bauteile; \"\"erfassen\"\"\",IN_PROGRESS,100,1000.00,12.500,,MEDIUM"), text);

        byte[] xlsx = given().auth()
                .oauth2(VIEWER)
                .queryParam("q", marker)
                .queryParam("format", "xlsx")
                .get("/api/v1/starter-projects/export")
                .then()
                .statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract()
                .asByteArray();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        java.nio.file.Files.write(file, xlsx);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            var sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            assertTrue(sheet != null, "the XLSX file has a worksheet");
            var strings = new String(
                    zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(strings.contains(marker + " ohne Ma"), strings);
            assertTrue(strings.contains("Erdgas"), strings);
            assertTrue(strings.contains("co2eTonnesPerYear"), strings);
        } finally {
            java.nio.file.Files.delete(file);
        }
        given().auth()
                .oauth2(VIEWER)
                .queryParam("format", "pdf")
                .get("/api/v1/starter-projects/export")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    void linksComponentsAndReportsIndicatorContributions() {
        String strategy = Api.createStrategy(EDITOR, Map.of("title", "Mit Zielen"));
        String goal = as(EDITOR)
                .body(Map.of("type", "GOAL", "title", "Abfall senken"))
                .post("/api/v1/strategies/{s}/components", strategy)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String indicator = as(EDITOR)
                .body(Map.of(
                        "componentId", goal,
                        "name", "Restabfall",
                        "unit", "t/a",
                        "kind", "OUTCOME",
                        "direction", "DECREASE"))
                .post("/api/v1/strategies/{s}/indicators", strategy)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> body = project("Verknüpft");
        body.put("strategyId", strategy);
        body.put("componentIds", List.of(goal, UUID.randomUUID().toString()));
        as(EDITOR)
                .body(body)
                .post("/api/v1/starter-projects")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("componentIds[1]")));
        body.put("componentIds", List.of(goal));
        String id = create(body);
        as(EDITOR).get("/api/v1/starter-projects/{id}", id).then().body("componentIds", equalTo(List.of(goal)));

        Map<String, Object> withContribution = measure("Biotonne", 5, true);
        withContribution.put(
                "indicatorContributions",
                List.of(Map.of("indicatorId", UUID.randomUUID().toString(), "value", -10)));
        as(EDITOR)
                .body(withContribution)
                .post("/api/v1/starter-projects/{id}/measures", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("indicatorContributions[0].indicatorId"));
        withContribution.put("indicatorContributions", List.of(Map.of("indicatorId", indicator, "value", -120.5)));
        as(EDITOR)
                .body(withContribution)
                .post("/api/v1/starter-projects/{id}/measures", id)
                .then()
                .statusCode(201)
                .body("indicatorContributions[0].value", equalTo(-120.5f));
        Map<String, Object> second = measure("Gelbe Tonne", 1, false);
        second.put("indicatorContributions", List.of(Map.of("indicatorId", indicator, "value", -30)));
        as(EDITOR)
                .body(second)
                .post("/api/v1/starter-projects/{id}/measures", id)
                .then()
                .statusCode(201);

        as(VIEWER)
                .get("/api/v1/strategies/{s}/indicator-contributions", strategy)
                .then()
                .statusCode(200)
                .body("indicatorId", equalTo(List.of(indicator)))
                .body("[0].total", equalTo(-150.5f))
                .body("[0].measures.measureTitle", equalTo(List.of("Biotonne", "Gelbe Tonne")));
        as(OTHER)
                .get("/api/v1/strategies/{s}/indicator-contributions", strategy)
                .then()
                .statusCode(404);

        Map<String, Object> unlinked = project("Ohne Strategie");
        String free = create(unlinked);
        as(EDITOR)
                .body(withContribution)
                .post("/api/v1/starter-projects/{id}/measures", free)
                .then()
                .statusCode(422);
    }
}
