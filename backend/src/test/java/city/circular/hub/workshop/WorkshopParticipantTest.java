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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import city.circular.hub.support.Organizations;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Registration within the capacity, the waitlist in order of joining, and the balance of sectors. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WorkshopParticipantTest {

    @Inject
    Organizations organizations;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
        organizations.id(Organizations.NACHBARSTADT);
    }

    private static ExtractableResponse<Response> add(String workshop, Map<String, Object> body) {
        return as(EDITOR)
                .body(body)
                .post("/api/v1/workshops/{id}/participants", workshop)
                .then()
                .statusCode(201)
                .extract();
    }

    private static String stakeholder(String name, String sector) {
        return createStakeholder(EDITOR, name + " " + UUID.randomUUID(), sector);
    }

    private static String statusOf(String workshop, String participant) {
        return as(EDITOR)
                .get("/api/v1/workshops/{id}/participants/{p}", workshop, participant)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    @Test
    void waitlistsBeyondCapacityAndPromotesTheLongestWaitingWhenASeatIsFreed() {
        String workshop = createWorkshop("Zwei Plätze", 2);
        String kammer = stakeholder("Kammer", "CHAMBER");
        var first = add(workshop, Map.of("stakeholderId", kammer));
        String p1 = first.path("id");
        String p2 = add(workshop, Map.of("stakeholderId", stakeholder("Verein", "CIVIL_SOCIETY")))
                .path("id");
        var third = add(workshop, Map.of("stakeholderId", stakeholder("Bank", "FINANCE")));
        String p3 = third.path("id");
        String p4 = add(workshop, Map.of("stakeholderId", stakeholder("Betrieb", "BUSINESS")))
                .path("id");

        first.response()
                .then()
                .header("ETag", "\"0\"")
                .header(
                        "Location",
                        org.hamcrest.Matchers.endsWith("/api/v1/workshops/" + workshop + "/participants/" + p1))
                .body("workshopId", equalTo(workshop))
                .body("stakeholder.id", equalTo(kammer))
                .body("stakeholder.sector", equalTo("CHAMBER"))
                .body("status", equalTo("REGISTERED"))
                .body("waitlistedAt", nullValue())
                .body("createdBy", equalTo("musterstadt-editor"));
        third.response().then().body("status", equalTo("WAITLIST")).body("waitlistedAt", notNullValue());
        assertStatuses(workshop, Map.of(p1, "REGISTERED", p2, "REGISTERED", p3, "WAITLIST", p4, "WAITLIST"));

        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "CANCELLED"))
                .put("/api/v1/workshops/{id}/participants/{p}", workshop, p1)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("CANCELLED"));
        assertStatuses(workshop, Map.of(p1, "CANCELLED", p2, "REGISTERED", p3, "REGISTERED", p4, "WAITLIST"));
        as(EDITOR)
                .get("/api/v1/workshops/{id}/participants/{p}", workshop, p3)
                .then()
                .header("ETag", "\"1\"")
                .body("waitlistedAt", nullValue())
                .body("updatedBy", equalTo("musterstadt-editor"));

        // Registering again when every seat is taken puts the cancelled participant at the end of the line.
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .body(Map.of("status", "REGISTERED"))
                .put("/api/v1/workshops/{id}/participants/{p}", workshop, p1)
                .then()
                .statusCode(200)
                .body("status", equalTo("WAITLIST"));

        as(EDITOR)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/workshops/{id}/participants/{p}", workshop, p2)
                .then()
                .statusCode(204);
        assertStatuses(workshop, Map.of(p1, "WAITLIST", p3, "REGISTERED", p4, "REGISTERED"));

        // A no-show is recorded too late for the waitlist.
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .body(Map.of("status", "NO_SHOW"))
                .put("/api/v1/workshops/{id}/participants/{p}", workshop, p3)
                .then()
                .statusCode(200);
        assertStatuses(workshop, Map.of(p1, "WAITLIST", p3, "NO_SHOW", p4, "REGISTERED"));

        // More seats move the waitlist up.
        Map<String, Object> larger = workshop("Zwei Plätze");
        larger.put("capacity", 3);
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(larger)
                .put("/api/v1/workshops/{id}", workshop)
                .then()
                .statusCode(200);
        assertStatuses(workshop, Map.of(p1, "REGISTERED", p3, "NO_SHOW", p4, "REGISTERED"));
    }

    @Test
    void deletingAStakeholderWhoHeldASeatMovesTheWaitlistUp() {
        String workshop = createWorkshop("Ein Platz", 1);
        String elsewhere = createWorkshop("Noch ein Platz", 1);
        String leaving = stakeholder("Kammer", "CHAMBER");
        String p1 = add(workshop, Map.of("stakeholderId", leaving)).path("id");
        String p2 = add(workshop, Map.of("stakeholderId", stakeholder("Verein", "CIVIL_SOCIETY")))
                .path("id");
        String p3 = add(workshop, Map.of("stakeholderId", stakeholder("Bank", "FINANCE")))
                .path("id");
        // Elsewhere the stakeholder only waits: leaving the waitlist frees no seat.
        String q1 = add(elsewhere, Map.of("stakeholderId", stakeholder("Betrieb", "BUSINESS")))
                .path("id");
        String q2 = add(elsewhere, Map.of("stakeholderId", leaving)).path("id");
        String q3 = add(elsewhere, Map.of("stakeholderId", stakeholder("Hochschule", "UNIVERSITY_RESEARCH")))
                .path("id");
        assertStatuses(workshop, Map.of(p1, "REGISTERED", p2, "WAITLIST", p3, "WAITLIST"));
        assertStatuses(elsewhere, Map.of(q1, "REGISTERED", q2, "WAITLIST", q3, "WAITLIST"));

        as(EDITOR)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/stakeholders/{id}", leaving)
                .then()
                .statusCode(204);

        as(EDITOR)
                .get("/api/v1/workshops/{id}/participants/{p}", workshop, p1)
                .then()
                .statusCode(404);
        assertStatuses(workshop, Map.of(p2, "REGISTERED", p3, "WAITLIST"));
        as(EDITOR)
                .get("/api/v1/workshops/{id}/participants/{p}", workshop, p2)
                .then()
                .header("ETag", "\"1\"")
                .body("waitlistedAt", nullValue())
                .body("updatedBy", equalTo("musterstadt-editor"));
        as(EDITOR)
                .get("/api/v1/workshops/{id}/participants", workshop)
                .then()
                .body("freeSeats", equalTo(0))
                .body("counts.registered", equalTo(1))
                .body("counts.waitlist", equalTo(1));
        as(EDITOR)
                .get("/api/v1/workshops/{id}/participants/{p}", elsewhere, q2)
                .then()
                .statusCode(404);
        assertStatuses(elsewhere, Map.of(q1, "REGISTERED", q3, "WAITLIST"));
    }

    private static void assertStatuses(String workshop, Map<String, String> expected) {
        expected.forEach((participant, status) ->
                org.junit.jupiter.api.Assertions.assertEquals(status, statusOf(workshop, participant), participant));
    }

    @Test
    void listsParticipantsWithCountsAndSectorBalance() {
        String workshop = createWorkshop("Bilanz", 3);
        String a = add(workshop, Map.of("stakeholderId", stakeholder("A Kammer", "CHAMBER")))
                .path("id");
        add(workshop, Map.of("stakeholderId", stakeholder("B Betrieb", "BUSINESS")));
        add(workshop, Map.of("stakeholderId", stakeholder("C Betrieb", "BUSINESS"), "status", "INVITED"));
        add(workshop, Map.of("stakeholderId", stakeholder("D Betrieb", "BUSINESS")));
        add(workshop, Map.of("stakeholderId", stakeholder("E Verein", "CIVIL_SOCIETY")));
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "ATTENDED"))
                .put("/api/v1/workshops/{id}/participants/{p}", workshop, a)
                .then()
                .statusCode(200);

        var list = as(VIEWER)
                .get("/api/v1/workshops/{id}/participants", workshop)
                .then()
                .statusCode(200)
                .body("workshopId", equalTo(workshop))
                .body("capacity", equalTo(3))
                .body("freeSeats", equalTo(0))
                .body("items.size()", equalTo(5))
                .body("items.status", equalTo(List.of("ATTENDED", "REGISTERED", "INVITED", "REGISTERED", "WAITLIST")))
                .body(
                        "items.stakeholder.sector",
                        equalTo(List.of("CHAMBER", "BUSINESS", "BUSINESS", "BUSINESS", "CIVIL_SOCIETY")))
                .body(
                        "counts",
                        equalTo(Map.of(
                                "invited", 1,
                                "registered", 2,
                                "waitlist", 1,
                                "attended", 1,
                                "noShow", 0,
                                "cancelled", 0)))
                .extract();
        List<Map<String, Object>> balance = list.path("sectorBalance");
        org.junit.jupiter.api.Assertions.assertEquals(
                List.of(
                        Map.of("sector", "BUSINESS", "registered", 2, "attended", 0),
                        Map.of("sector", "CHAMBER", "registered", 1, "attended", 1),
                        Map.of("sector", "ASSOCIATION", "registered", 0, "attended", 0),
                        Map.of("sector", "ADMINISTRATION", "registered", 0, "attended", 0),
                        Map.of("sector", "UNIVERSITY_RESEARCH", "registered", 0, "attended", 0),
                        Map.of("sector", "CIVIL_SOCIETY", "registered", 0, "attended", 0),
                        Map.of("sector", "POLITICS", "registered", 0, "attended", 0),
                        Map.of("sector", "UTILITY", "registered", 0, "attended", 0),
                        Map.of("sector", "FINANCE", "registered", 0, "attended", 0)),
                balance);
    }

    @Test
    void addsANewStakeholderToTheRegisterInTheSameStep() {
        String workshop = createWorkshop("Neu im Register", 10);
        String name = "Unverpackt-Laden " + UUID.randomUUID();
        String stakeholderId = add(
                        workshop,
                        Map.of("newStakeholder", Map.of("name", name, "sector", "BUSINESS"), "status", "INVITED"))
                .response()
                .then()
                .body("stakeholder.name", equalTo(name))
                .body("stakeholder.sector", equalTo("BUSINESS"))
                .body("status", equalTo("INVITED"))
                .extract()
                .path("stakeholder.id");
        as(VIEWER)
                .get("/api/v1/stakeholders/{id}", stakeholderId)
                .then()
                .statusCode(200)
                .body("name", equalTo(name))
                .body(
                        "organizationId",
                        equalTo(organizations.id(Organizations.MUSTERSTADT).toString()))
                .body("createdBy", equalTo("musterstadt-editor"));

        // A rejected participant leaves no stakeholder behind.
        String cancelled = createWorkshop(EDITOR, withStatus(workshop("Abgesagt"), "CANCELLED"));
        String orphan = "Verworfen " + UUID.randomUUID();
        as(EDITOR)
                .body(Map.of("newStakeholder", Map.of("name", orphan, "sector", "BUSINESS")))
                .post("/api/v1/workshops/{id}/participants", cancelled)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("detail", equalTo("The workshop was cancelled; nobody can register for it or attend it."));
        as(EDITOR).queryParam("q", orphan).get("/api/v1/stakeholders").then().body("items.size()", equalTo(0));
    }

    private static Map<String, Object> withStatus(Map<String, Object> body, String status) {
        body.put("status", status);
        return body;
    }

    @Test
    void rejectsInvalidDuplicateAndForeignParticipants() {
        String workshop = createWorkshop("Regeln", 10);
        String member = stakeholder("Mitglied", "CHAMBER");
        register(workshop, member);
        as(EDITOR)
                .body(Map.of("stakeholderId", member))
                .post("/api/v1/workshops/{id}/participants", workshop)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("stakeholderId"));
        as(EDITOR)
                .body(Map.of())
                .post("/api/v1/workshops/{id}/participants", workshop)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("stakeholderId")));
        as(EDITOR)
                .body(Map.of("stakeholderId", member, "newStakeholder", Map.of("name", "", "sector", "BUSINESS")))
                .post("/api/v1/workshops/{id}/participants", workshop)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("newStakeholder.name", "stakeholderId")));
        as(EDITOR)
                .body(Map.of("stakeholderId", member, "status", "MAYBE"))
                .post("/api/v1/workshops/{id}/participants", workshop)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));

        String peerStakeholder = createStakeholder(PEER, "Nachbar " + UUID.randomUUID(), "BUSINESS", "NETWORK");
        as(EDITOR)
                .body(Map.of("stakeholderId", peerStakeholder))
                .post("/api/v1/workshops/{id}/participants", workshop)
                .then()
                .statusCode(422)
                .contentType(PROBLEM);
        String hidden = createStakeholder(OTHER, "Fremd " + UUID.randomUUID(), "BUSINESS");
        as(EDITOR)
                .body(Map.of("stakeholderId", hidden))
                .post("/api/v1/workshops/{id}/participants", workshop)
                .then()
                .statusCode(404);

        as(VIEWER)
                .body(Map.of("stakeholderId", stakeholder("Leser", "BUSINESS")))
                .post("/api/v1/workshops/{id}/participants", workshop)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        as(OTHER)
                .body(Map.of("stakeholderId", hidden))
                .post("/api/v1/workshops/{id}/participants", workshop)
                .then()
                .statusCode(404);
        as(OTHER).get("/api/v1/workshops/{id}/participants", workshop).then().statusCode(404);
        as(EDITOR)
                .body(Map.of("stakeholderId", member))
                .post("/api/v1/workshops/{id}/participants", UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void statusChangesAndRemovalNeedTheCurrentVersionAndAnEditor() {
        String workshop = createWorkshop("Versionen", 10);
        String participant = add(workshop, Map.of("stakeholderId", stakeholder("Versioniert", "UTILITY")))
                .path("id");
        String path = "/api/v1/workshops/{id}/participants/{p}";
        as(EDITOR)
                .body(Map.of("status", "ATTENDED"))
                .put(path, workshop, participant)
                .then()
                .statusCode(428);
        as(EDITOR)
                .header("If-Match", "\"3\"")
                .body(Map.of("status", "ATTENDED"))
                .put(path, workshop, participant)
                .then()
                .statusCode(412)
                .contentType(PROBLEM);
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(Map.of())
                .put(path, workshop, participant)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
        as(VIEWER)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "ATTENDED"))
                .put(path, workshop, participant)
                .then()
                .statusCode(403);
        as(OTHER)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "ATTENDED"))
                .put(path, workshop, participant)
                .then()
                .statusCode(404);
        as(OTHER).get(path, workshop, participant).then().statusCode(404);
        as(VIEWER)
                .header("If-Match", "\"0\"")
                .delete(path, workshop, participant)
                .then()
                .statusCode(403);
        as(EDITOR).delete(path, workshop, participant).then().statusCode(428);
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .delete(path, workshop, participant)
                .then()
                .statusCode(412);
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .delete(path, workshop, participant)
                .then()
                .statusCode(204);
        as(EDITOR).get(path, workshop, participant).then().statusCode(404).contentType(PROBLEM);
        String elsewhere = createWorkshop("Anderswo", 10);
        String other = add(elsewhere, Map.of("stakeholderId", stakeholder("Anderswo", "UTILITY")))
                .path("id");
        as(EDITOR).get(path, workshop, other).then().statusCode(404);
    }
}
