package city.circular.hub.workshop;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static city.circular.hub.workshop.WorkshopFixtures.EDITOR;
import static city.circular.hub.workshop.WorkshopFixtures.OTHER;
import static city.circular.hub.workshop.WorkshopFixtures.PEER;
import static city.circular.hub.workshop.WorkshopFixtures.VIEWER;
import static city.circular.hub.workshop.WorkshopFixtures.createStakeholder;
import static city.circular.hub.workshop.WorkshopFixtures.createWorkshop;
import static city.circular.hub.workshop.WorkshopFixtures.register;
import static city.circular.hub.workshop.WorkshopFixtures.workshop;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import city.circular.hub.support.Api;
import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WorkshopResourceTest {

    @Inject
    Organizations organizations;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
        organizations.id(Organizations.NACHBARSTADT);
    }

    @Test
    void createsReadsUpdatesAndDeletesWorkshop() {
        String strategy = Api.createStrategy(EDITOR, Map.of("title", "Kreislaufstadt"));
        String institute = createStakeholder(EDITOR, "Institut " + UUID.randomUUID(), "UNIVERSITY_RESEARCH");
        Map<String, Object> body = workshop("Auftakt");
        body.put("strategyId", strategy);
        body.put("format", "HYBRID");
        body.put("startsAt", "2026-03-10T09:00:00+01:00");
        body.put("endsAt", "2026-03-10T12:00:00+01:00");
        body.put("onlineLink", "https://meet.example/auftakt");
        body.put(
                "facilitators",
                List.of(
                        Map.of("stakeholderId", institute, "role", "Moderation"),
                        Map.of("organizationName", "Wuppertal Institut")));
        body.put("visibility", "NETWORK");
        body.put("externalId", "ws-" + UUID.randomUUID());
        var created = as(EDITOR)
                .body(body)
                .post("/api/v1/workshops")
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", "\"0\"")
                .body(
                        "organizationId",
                        equalTo(organizations.id(Organizations.MUSTERSTADT).toString()))
                .body("strategyId", equalTo(strategy))
                .body("title", equalTo("Auftakt"))
                .body("purpose", equalTo("KICK_OFF"))
                .body("format", equalTo("HYBRID"))
                .body("startsAt", equalTo("2026-03-10T08:00:00Z"))
                .body("endsAt", equalTo("2026-03-10T11:00:00Z"))
                .body("place", equalTo("Rathaus, Ratssaal"))
                .body("onlineLink", equalTo("https://meet.example/auftakt"))
                .body("capacity", equalTo(30))
                .body("status", equalTo("PLANNED"))
                .body("facilitators[0].stakeholder.id", equalTo(institute))
                .body("facilitators[0].stakeholder.sector", equalTo("UNIVERSITY_RESEARCH"))
                .body("facilitators[0].role", equalTo("Moderation"))
                .body("facilitators[1].organizationName", equalTo("Wuppertal Institut"))
                .body("facilitators[1].stakeholder", nullValue())
                .body("agenda.items", empty())
                .body("agenda.availableMinutes", equalTo(180))
                .body("agenda.plannedMinutes", equalTo(0))
                .body("minutes", nullValue())
                .body("visibility", equalTo("NETWORK"))
                .body("version", equalTo(0))
                .body("createdBy", equalTo("musterstadt-editor"))
                .extract();
        String id = created.path("id");
        assertEquals("/api/v1/workshops/" + id, created.header("Location"));

        as(VIEWER)
                .get("/api/v1/workshops/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("title", equalTo("Auftakt"));
        // A network peer reads the shared workshop but not the private register entry it names.
        as(PEER).get("/api/v1/workshops/{id}", id)
                .then()
                .statusCode(200)
                .body("facilitators.organizationName", equalTo(List.of("Wuppertal Institut")));

        Map<String, Object> change = workshop("Auftakt Kreislaufstadt");
        change.put("status", "HELD");
        change.put("minutes", "Zwölf Ideen gesammelt.");
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(change)
                .put("/api/v1/workshops/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("Auftakt Kreislaufstadt"))
                .body("status", equalTo("HELD"))
                .body("minutes", equalTo("Zwölf Ideen gesammelt."))
                .body("strategyId", nullValue())
                .body("onlineLink", nullValue())
                .body("facilitators", empty())
                .body("visibility", equalTo("PRIVATE"))
                .body("externalId", nullValue());
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(change)
                .put("/api/v1/workshops/{id}", id)
                .then()
                .statusCode(412)
                .contentType(PROBLEM);
        as(EDITOR).body(change).put("/api/v1/workshops/{id}", id).then().statusCode(428);
        as(VIEWER)
                .header("If-Match", "\"1\"")
                .body(change)
                .put("/api/v1/workshops/{id}", id)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        as(PEER).get("/api/v1/workshops/{id}", id).then().statusCode(404);
        as(OTHER).get("/api/v1/workshops/{id}", id).then().statusCode(404).contentType(PROBLEM);
        as(OTHER)
                .header("If-Match", "\"1\"")
                .delete("/api/v1/workshops/{id}", id)
                .then()
                .statusCode(404);
        as(VIEWER)
                .header("If-Match", "\"1\"")
                .delete("/api/v1/workshops/{id}", id)
                .then()
                .statusCode(403);
        as(EDITOR).delete("/api/v1/workshops/{id}", id).then().statusCode(428);
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .delete("/api/v1/workshops/{id}", id)
                .then()
                .statusCode(204);
        as(EDITOR).get("/api/v1/workshops/{id}", id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void rejectsInvalidWorkshops() {
        Map<String, Object> bad = workshop(" ");
        bad.remove("purpose");
        bad.put("endsAt", "2026-03-10T08:00:00Z");
        bad.put("capacity", 0);
        bad.put("minutes", "x".repeat(20_001));
        bad.put("facilitators", List.of(Map.of("role", "Moderation")));
        as(EDITOR)
                .body(bad)
                .post("/api/v1/workshops")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", equalTo("The request has 6 invalid fields."))
                .body(
                        "errors.field",
                        equalTo(List.of(
                                "capacity",
                                "endsAt",
                                "facilitators[0].organizationName",
                                "minutes",
                                "purpose",
                                "title")));

        Map<String, Object> inPerson = workshop("Ohne Ort");
        inPerson.remove("place");
        as(EDITOR)
                .body(inPerson)
                .post("/api/v1/workshops")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("place")))
                .body("errors[0].message", equalTo("is required for IN_PERSON and HYBRID workshops"));
        Map<String, Object> online = workshop("Ohne Link");
        online.put("format", "ONLINE");
        online.remove("place");
        as(EDITOR)
                .body(online)
                .post("/api/v1/workshops")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("onlineLink")))
                .body("errors[0].message", equalTo("is required for ONLINE and HYBRID workshops"));
        Map<String, Object> hybrid = workshop("Hybrid ohne alles");
        hybrid.put("format", "HYBRID");
        hybrid.put("place", " ");
        hybrid.put("onlineLink", "ftp://x");
        hybrid.put("capacity", 1001);
        hybrid.put(
                "facilitators",
                List.of(Map.of("stakeholderId", UUID.randomUUID().toString(), "organizationName", "Beides")));
        as(EDITOR)
                .body(hybrid)
                .post("/api/v1/workshops")
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        equalTo(List.of("capacity", "facilitators[0].organizationName", "onlineLink", "place")));
        Map<String, Object> wrongType = workshop("Falscher Typ");
        wrongType.put("format", "CARRIER_PIGEON");
        as(EDITOR)
                .body(wrongType)
                .post("/api/v1/workshops")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("format"));
        as(EDITOR)
                .body("{\"title\": \"Unbekannt\", \"colour\": \"red\"}")
                .post("/api/v1/workshops")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("colour"));
    }

    @Test
    void createsOnlyForOrganizationsTheCallerEdits() {
        as(VIEWER)
                .body(workshop("Als Leser"))
                .post("/api/v1/workshops")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        as(Tokens.user("nobody"))
                .body(workshop("Ohne Organisation"))
                .post("/api/v1/workshops")
                .then()
                .statusCode(403);
        RestAssured.given()
                .contentType(ContentType.JSON)
                .body(workshop("Ohne Token"))
                .post("/api/v1/workshops")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void linksOnlyStrategiesAndFacilitatorsOfItsOwnOrganization() {
        String foreignStrategy = Api.createStrategy(OTHER, Map.of("title", "Fremde Strategie"));
        Map<String, Object> body = workshop("Fremd verknüpft");
        body.put("strategyId", foreignStrategy);
        as(EDITOR).body(body).post("/api/v1/workshops").then().statusCode(404);

        String sharedStrategy =
                Api.createStrategy(PEER, Map.of("title", "Geteilte Strategie", "visibility", "NETWORK"));
        body.put("strategyId", sharedStrategy);
        as(EDITOR).body(body).post("/api/v1/workshops").then().statusCode(403);

        String twoHats =
                Tokens.user("two-hats", "/organizations/musterstadt/editor", "/organizations/nachbarstadt/editor");
        body.put("organizationId", organizations.id(Organizations.MUSTERSTADT).toString());
        as(twoHats)
                .body(body)
                .post("/api/v1/workshops")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("detail", equalTo("A workshop can only work on a strategy of its own organization."));

        Map<String, Object> withFacilitator = workshop("Fremde Moderation");
        String peerStakeholder = createStakeholder(PEER, "Nachbar " + UUID.randomUUID(), "BUSINESS", "NETWORK");
        withFacilitator.put("facilitators", List.of(Map.of("stakeholderId", peerStakeholder)));
        as(EDITOR)
                .body(withFacilitator)
                .post("/api/v1/workshops")
                .then()
                .statusCode(422)
                .body(
                        "detail",
                        equalTo("A facilitator from the register must be a stakeholder of the workshop's "
                                + "organization."));
        withFacilitator.put(
                "facilitators",
                List.of(Map.of("stakeholderId", UUID.randomUUID().toString())));
        as(EDITOR).body(withFacilitator).post("/api/v1/workshops").then().statusCode(404);
    }

    @Test
    void keepsExternalIdsUniquePerOrganization() {
        String key = "ws-" + UUID.randomUUID();
        Map<String, Object> body = workshop("Mit Schlüssel");
        body.put("externalId", key);
        createWorkshop(EDITOR, body);
        as(EDITOR)
                .body(body)
                .post("/api/v1/workshops")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("externalId"));
        createWorkshop(PEER, body);
    }

    @Test
    void listsChronologicallyWithFiltersAndPaging() {
        String marker = "list-" + UUID.randomUUID();
        String strategy = Api.createStrategy(EDITOR, Map.of("title", "Gefilterte Strategie"));
        Map<String, Object> march = workshop(marker + " März");
        march.put("startsAt", "2026-03-10T09:00:00Z");
        march.put("endsAt", "2026-03-10T12:00:00Z");
        march.put("capacity", 1);
        Map<String, Object> may = workshop(marker + " Mai");
        may.put("startsAt", "2026-05-05T13:00:00Z");
        may.put("endsAt", "2026-05-05T17:00:00Z");
        may.put("strategyId", strategy);
        Map<String, Object> june = workshop(marker + " Juni");
        june.put("startsAt", "2026-06-01T09:00:00Z");
        june.put("endsAt", "2026-06-01T11:00:00Z");
        june.put("status", "CANCELLED");
        String idJune = createWorkshop(EDITOR, june);
        String idMarch = createWorkshop(EDITOR, march);
        String idMay = createWorkshop(EDITOR, may);
        register(idMarch, createStakeholder(EDITOR, "Erste " + marker, "BUSINESS"));
        register(idMarch, createStakeholder(EDITOR, "Zweite " + marker, "BUSINESS"));

        var first = as(VIEWER)
                .queryParam("q", marker)
                .queryParam("limit", 2)
                .get("/api/v1/workshops")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(idMarch, idMay)))
                .body("items[0].seatsTaken", equalTo(1))
                .body("items[0].waitlisted", equalTo(1))
                .body("items[1].seatsTaken", equalTo(0))
                .body("items[0].agenda", nullValue())
                .extract();
        as(VIEWER)
                .queryParam("q", marker)
                .queryParam("limit", 2)
                .queryParam("cursor", first.<String>path("next"))
                .get("/api/v1/workshops")
                .then()
                .body("items.id", equalTo(List.of(idJune)))
                .body("next", nullValue());
        as(VIEWER)
                .queryParam("q", marker)
                .queryParam("from", "2026-03-10T11:00:00Z")
                .queryParam("to", "2026-06-01T09:00:00Z")
                .get("/api/v1/workshops")
                .then()
                .body("items.id", equalTo(List.of(idMarch, idMay)));
        as(VIEWER)
                .queryParam("q", marker)
                .queryParam("status", "CANCELLED")
                .get("/api/v1/workshops")
                .then()
                .body("items.id", equalTo(List.of(idJune)));
        as(VIEWER)
                .queryParam("strategyId", strategy)
                .get("/api/v1/workshops")
                .then()
                .body("items.id", equalTo(List.of(idMay)));
        as(VIEWER)
                .queryParam("q", marker)
                .queryParam(
                        "organizationId",
                        organizations.id(Organizations.NACHBARSTADT).toString())
                .get("/api/v1/workshops")
                .then()
                .body("items", empty());
        as(OTHER).queryParam("q", marker).get("/api/v1/workshops").then().body("items", empty());

        as(VIEWER)
                .queryParam("status", "POSTPONED")
                .get("/api/v1/workshops")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("status"));
        as(VIEWER)
                .queryParam("from", "2026-06-01T00:00:00Z")
                .queryParam("to", "2026-05-01T00:00:00Z")
                .get("/api/v1/workshops")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(VIEWER)
                .queryParam("from", "next tuesday")
                .get("/api/v1/workshops")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as(VIEWER)
                .queryParam("cursor", "bogus")
                .get("/api/v1/workshops")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void keepsCapacityAboveTheSeatsTakenAndTheWorkshopLongerThanItsAgenda() {
        String id = createWorkshop("Knapp", 2);
        register(id, createStakeholder(EDITOR, "Eins " + UUID.randomUUID(), "BUSINESS"));
        register(id, createStakeholder(EDITOR, "Zwei " + UUID.randomUUID(), "CHAMBER"));
        Map<String, Object> smaller = workshop("Knapp");
        smaller.put("capacity", 1);
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(smaller)
                .put("/api/v1/workshops/{id}", id)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("detail", equalTo("2 participants hold a seat; the capacity cannot be lower."));

        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(Map.of("items", List.of(Map.of("title", "Alles", "durationMinutes", 150))))
                .put("/api/v1/workshops/{id}/agenda", id)
                .then()
                .statusCode(200);
        Map<String, Object> shorter = workshop("Knapp");
        shorter.put("endsAt", "2026-03-10T11:00:00Z");
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .body(shorter)
                .put("/api/v1/workshops/{id}", id)
                .then()
                .statusCode(422)
                .body("detail", equalTo("The agenda takes 150 minutes; the workshop would have 120."));
        as(EDITOR)
                .get("/api/v1/workshops/{id}", id)
                .then()
                .header("ETag", "\"1\"")
                .body("capacity", equalTo(2))
                .body("endsAt", equalTo("2026-03-10T12:00:00Z"));
    }

    @Test
    void rejectsUnknownWorkshopIds() {
        as(EDITOR).get("/api/v1/workshops/{id}", UUID.randomUUID()).then().statusCode(404);
        as(EDITOR).get("/api/v1/workshops/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
        Map<String, Object> body = new HashMap<>(workshop("Niemand"));
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/workshops/{id}", UUID.randomUUID())
                .then()
                .statusCode(404);
    }
}
