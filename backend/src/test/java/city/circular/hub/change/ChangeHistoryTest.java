package city.circular.hub.change;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ChangeHistoryTest {

    @Inject
    Organizations organizations;

    @Test
    void strategyHistoryNamesWhoChangedWhatInWhichRequestNewestFirst() {
        organizations.create("history-a");
        String editor = Tokens.user("erika", "/organizations/history-a/editor");
        Map<String, Object> body = new HashMap<>(Map.of("title", "Erster Entwurf", "visibility", "PRIVATE"));
        String id = as(editor)
                .header("X-Request-Id", "create-1")
                .body(body)
                .post("/api/v1/strategies")
                .then()
                .statusCode(201)
                .header("X-Request-Id", "create-1")
                .extract()
                .path("id");
        body.put("title", "Zweiter Entwurf");
        as(Tokens.user("max", "/organizations/history-a/editor"))
                .header("If-Match", "\"0\"")
                .header("X-Request-Id", "rename-2")
                .body(body)
                .put("/api/v1/strategies/{id}", id)
                .then()
                .statusCode(200);
        as(editor)
                .body(Map.of("type", "VISION", "title", "Kreislaufstadt"))
                .post("/api/v1/strategies/{id}/components", id)
                .then()
                .statusCode(201);

        JsonPath history = as(Tokens.member("history-a", "viewer"))
                .get("/api/v1/strategies/{id}/history", id)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("items", hasSize(3))
                .extract()
                .jsonPath();

        assertEquals("strategy-component", history.getString("items[0].type"));
        assertEquals("CREATE", history.getString("items[0].operation"));
        assertEquals("UPDATE", history.getString("items[1].operation"));
        assertEquals("max", history.getString("items[1].actor"));
        assertEquals("rename-2", history.getString("items[1].requestId"));
        assertEquals(
                List.of(Map.of("field", "title", "before", "Erster Entwurf", "after", "Zweiter Entwurf")),
                history.getList("items[1].changes"));
        assertEquals("CREATE", history.getString("items[2].operation"));
        assertEquals("erika", history.getString("items[2].actor"));
        assertEquals("create-1", history.getString("items[2].requestId"));
        assertEquals(
                Map.of("field", "title", "after", "Erster Entwurf"),
                history.getList("items[2].changes", Map.class).stream()
                        .filter(change -> change.get("field").equals("title"))
                        .findFirst()
                        .orElseThrow());

        // Paging: one at a time, oldest last.
        JsonPath first = as(editor)
                .queryParam("limit", 2)
                .get("/api/v1/strategies/{id}/history", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        as(editor)
                .queryParam("limit", 2)
                .queryParam("cursor", first.getString("next"))
                .get("/api/v1/strategies/{id}/history", id)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].requestId", equalTo("create-1"))
                .body("next", equalTo(null));
    }

    @Test
    void historyIsReadByThoseWhoReadTheRecordOnly() {
        organizations.create("history-b");
        String editor = Tokens.member("history-b", "editor");
        String id = as(editor)
                .body(Map.of("title", "Privat", "visibility", "PRIVATE"))
                .post("/api/v1/strategies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(Tokens.member(Organizations.EKSEMPELBY, "editor"))
                .get("/api/v1/strategies/{id}/history", id)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        io.restassured.RestAssured.given()
                .get("/api/v1/strategies/{id}/history", id)
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void projectAndWorkshopHistoriesIncludeTheirParts() {
        organizations.create("history-c");
        String editor = Tokens.member("history-c", "editor");
        String project = as(editor)
                .body(Map.of("title", "Bauteilbörse"))
                .post("/api/v1/starter-projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(editor)
                .body(Map.of("title", "Lager einrichten"))
                .post("/api/v1/starter-projects/{id}/measures", project)
                .then()
                .statusCode(201);
        as(editor)
                .get("/api/v1/starter-projects/{id}/history", project)
                .then()
                .statusCode(200)
                .body("items.type", equalTo(List.of("measure", "starter-project")))
                .body("items.operation", equalTo(List.of("CREATE", "CREATE")));

        String workshop = as(editor)
                .body(Map.of(
                        "title", "Auftakt",
                        "purpose", "KICK_OFF",
                        "format", "IN_PERSON",
                        "startsAt", "2027-03-10T09:00:00Z",
                        "endsAt", "2027-03-10T12:00:00Z",
                        "place", "Rathaus",
                        "capacity", 30))
                .post("/api/v1/workshops")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(editor)
                .get("/api/v1/workshops/{id}/history", workshop)
                .then()
                .statusCode(200)
                .body("items.type", equalTo(List.of("workshop")));
    }

    @Test
    void organizationAuditTrailIsForItsAdminsAndKeepsNoPersonalData() {
        organizations.create("history-d");
        String editor = Tokens.member("history-d", "editor");
        String stakeholder = as(editor)
                .body(Map.of("name", "Handwerkskammer", "sector", "CHAMBER"))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(editor)
                .body(Map.of("name", "Erika Beispiel", "email", "erika@example.org", "consentGiven", false))
                .post("/api/v1/stakeholders/{id}/contacts", stakeholder)
                .then()
                .statusCode(201);
        String organization = organizations.id("history-d").toString();

        JsonPath trail = as(Tokens.member("history-d", "admin"))
                .get("/api/v1/organizations/{id}/history", organization)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("stakeholder-contact", "stakeholder"), trail.getList("items.type"));
        assertEquals(List.of(), trail.getList("items[0].changes"));
        assertEquals(false, trail.prettify().contains("erika@example.org"));

        as(editor)
                .get("/api/v1/organizations/{id}/history", organization)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        as(Tokens.member(Organizations.EKSEMPELBY, "admin"))
                .get("/api/v1/organizations/{id}/history", organization)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }
}
