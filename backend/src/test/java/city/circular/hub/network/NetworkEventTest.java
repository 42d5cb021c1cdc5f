package city.circular.hub.network;

import static city.circular.hub.network.NetworkFixtures.MEMBER;
import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

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
import org.junit.jupiter.api.Test;

/** Network events: planning with an agenda that must fit, the schedule, and attendance per member. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class NetworkEventTest {

    static final String EVENTS = NetworkFixtures.NETWORK + "/events";
    static final String EVENT = EVENTS + "/{eventId}";
    static final String ATTENDANCE = EVENT + "/attendance";

    @Inject
    Organizations organizations;

    /** A two-hour virtual status update (09:00 to 11:00 UTC). */
    static Map<String, Object> event(String title, String startsAt, String endsAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "VIRTUAL_STATUS_UPDATE");
        body.put("title", title);
        body.put("startsAt", startsAt);
        body.put("endsAt", endsAt);
        body.put("onlineLink", "https://meet.example/netz");
        return body;
    }

    static String plan(NetworkFixtures f, Map<String, Object> body) {
        return as(f.coordinatorEditor())
                .body(body)
                .post(EVENTS, f.networkId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void coordinatorPlansAnEventWithAgendaAndMaterials() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        Map<String, Object> body = event("Statustermin März", "2026-03-12T09:00:00Z", "2026-03-12T11:00:00Z");
        body.put("place", " Rathaus ");
        body.put("description", "Berichte der Städte");
        body.put(
                "agenda",
                List.of(
                        Map.of("title", "Begrüßung", "durationMinutes", 10),
                        Map.of(
                                "title",
                                "Berichte",
                                "durationMinutes",
                                80,
                                "method",
                                "Kurzberichte",
                                "responsible",
                                "Koordination",
                                "expectedOutput",
                                "Überblick"),
                        Map.of("title", "Ausblick", "durationMinutes", 20)));
        body.put("materials", List.of(Map.of("title", "Folien", "url", "https://files.example/m.pdf")));
        String id = as(f.coordinatorEditor())
                .body(body)
                .post(EVENTS, f.networkId)
                .then()
                .statusCode(201)
                .contentType("application/json")
                .header("ETag", "\"0\"")
                .header("Location", notNullValue())
                .body("networkId", equalTo(f.networkId))
                .body("kind", equalTo("VIRTUAL_STATUS_UPDATE"))
                .body("title", equalTo("Statustermin März"))
                .body("startsAt", equalTo("2026-03-12T09:00:00Z"))
                .body("endsAt", equalTo("2026-03-12T11:00:00Z"))
                .body("place", equalTo("Rathaus"))
                .body("onlineLink", equalTo("https://meet.example/netz"))
                .body("description", equalTo("Berichte der Städte"))
                .body("agenda.availableMinutes", equalTo(120))
                .body("agenda.plannedMinutes", equalTo(110))
                .body("agenda.items.position", equalTo(List.of(1, 2, 3)))
                .body(
                        "agenda.items.startsAt",
                        equalTo(List.of("2026-03-12T09:00:00Z", "2026-03-12T09:10:00Z", "2026-03-12T10:30:00Z")))
                .body(
                        "agenda.items.endsAt",
                        equalTo(List.of("2026-03-12T09:10:00Z", "2026-03-12T10:30:00Z", "2026-03-12T10:50:00Z")))
                .body("agenda.items[1].method", equalTo("Kurzberichte"))
                .body("agenda.items[1].responsible", equalTo("Koordination"))
                .body("agenda.items[1].expectedOutput", equalTo("Überblick"))
                .body("agenda.items[0].method", nullValue())
                .body("materials", equalTo(List.of(Map.of("title", "Folien", "url", "https://files.example/m.pdf"))))
                .body("minutes", nullValue())
                .body("createdBy", equalTo("coord-" + f.suffix + "-editor"))
                .extract()
                .path("id");
        for (String token : List.of(f.viewerOf("coord"), f.viewerOf("mema"), Tokens.platformAdmin())) {
            as(token)
                    .get(EVENT, f.networkId, id)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("agenda.items.size()", equalTo(3));
        }
        // Invited organizations read the network to decide, but not what happens inside it; outsiders nothing.
        for (String token : List.of(f.viewerOf("inv"), f.adminOf("out"))) {
            as(token)
                    .get(EVENT, f.networkId, id)
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM)
                    .body("detail", equalTo("Network event does not exist or is not visible to you."));
            as(token).get(EVENTS, f.networkId).then().statusCode(404);
            as(token).get(ATTENDANCE, f.networkId, id).then().statusCode(404);
        }
        as(f.viewerOf("mema"))
                .get(EVENT, f.networkId, "00000000-0000-4000-8000-000000000001")
                .then()
                .statusCode(404);
    }

    @Test
    void onlyTheCoordinatorPlansAndEditsEvents() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        Map<String, Object> body = event("Auftakt", "2026-01-20T09:00:00Z", "2026-01-20T16:00:00Z");
        body.put("kind", "KICK_OFF");
        for (String token : List.of(f.editorOf("mema"), f.adminOf("memb"), f.viewerOf("coord"))) {
            as(token)
                    .body(body)
                    .post(EVENTS, f.networkId)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM)
                    .body("detail", equalTo("Only the network's coordinator plans this network."));
        }
        as(f.adminOf("inv")).body(body).post(EVENTS, f.networkId).then().statusCode(404);
        as(f.adminOf("out")).body(body).post(EVENTS, f.networkId).then().statusCode(404);
        String id = plan(f, body);
        body.put("title", "Auftakt in Köln");
        body.put("minutes", "Protokoll folgt");
        as(f.editorOf("mema"))
                .header("If-Match", "\"0\"")
                .body(body)
                .put(EVENT, f.networkId, id)
                .then()
                .statusCode(403);
        as(f.adminOf("out"))
                .header("If-Match", "\"0\"")
                .body(body)
                .put(EVENT, f.networkId, id)
                .then()
                .statusCode(404);
        as(f.coordinatorEditor()).body(body).put(EVENT, f.networkId, id).then().statusCode(428);
        as(f.coordinatorEditor())
                .header("If-Match", "\"5\"")
                .body(body)
                .put(EVENT, f.networkId, id)
                .then()
                .statusCode(412)
                .contentType(PROBLEM);
        as(Tokens.platformAdmin())
                .header("If-Match", "\"0\"")
                .body(body)
                .put(EVENT, f.networkId, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("Auftakt in Köln"))
                .body("minutes", equalTo("Protokoll folgt"));
        as(f.editorOf("mema"))
                .header("If-Match", "\"1\"")
                .delete(EVENT, f.networkId, id)
                .then()
                .statusCode(403);
        as(f.coordinatorEditor()).delete(EVENT, f.networkId, id).then().statusCode(428);
        as(f.coordinatorEditor())
                .header("If-Match", "\"1\"")
                .delete(EVENT, f.networkId, id)
                .then()
                .statusCode(204);
        as(f.coordinatorEditor()).get(EVENT, f.networkId, id).then().statusCode(404);
    }

    @Test
    void refusesInvalidEventsAndAgendasLongerThanTheEvent() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        Map<String, Object> body = event(" ", "2026-03-12T11:00:00Z", "2026-03-12T09:00:00Z");
        body.remove("onlineLink");
        body.put("kind", "PARTY");
        as(f.coordinatorEditor())
                .body(body)
                .post(EVENTS, f.networkId)
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        body.put("kind", "IN_PERSON");
        body.put("agenda", List.of(Map.of("title", "x", "durationMinutes", 0)));
        body.put("materials", List.of(Map.of("title", "Folien", "url", "nope")));
        as(f.coordinatorEditor())
                .body(body)
                .post(EVENTS, f.networkId)
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        equalTo(List.of("agenda[0].durationMinutes", "endsAt", "materials[0].url", "place", "title")));
        Map<String, Object> tooLong = event("Kurz", "2026-03-12T09:00:00Z", "2026-03-12T10:00:00Z");
        tooLong.put(
                "agenda",
                List.of(Map.of("title", "A", "durationMinutes", 45), Map.of("title", "B", "durationMinutes", 30)));
        as(f.coordinatorEditor())
                .body(tooLong)
                .post(EVENTS, f.networkId)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/rule-violation"))
                .body("detail", equalTo("The agenda takes 75 minutes; the event has 60."));
        // Shortening an event below its agenda is refused too and changes nothing.
        Map<String, Object> fits = event("Lang", "2026-03-12T09:00:00Z", "2026-03-12T11:00:00Z");
        fits.put("agenda", tooLong.get("agenda"));
        String id = plan(f, fits);
        as(f.coordinatorEditor())
                .header("If-Match", "\"0\"")
                .body(tooLong)
                .put(EVENT, f.networkId, id)
                .then()
                .statusCode(422);
        as(f.coordinatorEditor())
                .get(EVENT, f.networkId, id)
                .then()
                .header("ETag", "\"0\"")
                .body("endsAt", equalTo("2026-03-12T11:00:00Z"));
    }

    @Test
    void scheduleListsEventsByStartInPages() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        String third = plan(f, event("Drittes", "2026-09-01T09:00:00Z", "2026-09-01T10:00:00Z"));
        String first = plan(f, event("Erstes", "2026-01-15T09:00:00Z", "2026-01-15T10:00:00Z"));
        Map<String, Object> trip = event("Studienreise", "2026-05-04T08:00:00Z", "2026-05-05T18:00:00Z");
        trip.put("kind", "STUDY_TRIP");
        String second = plan(f, trip);
        String next = as(f.viewerOf("memb"))
                .queryParam("limit", 2)
                .get(EVENTS, f.networkId)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(first, second)))
                .body("items[1].kind", equalTo("STUDY_TRIP"))
                .body("items[0].title", equalTo("Erstes"))
                .body("items[0].version", equalTo(0))
                .extract()
                .path("next");
        as(f.viewerOf("memb"))
                .queryParam("limit", 2)
                .queryParam("cursor", next)
                .get(EVENTS, f.networkId)
                .then()
                .body("items.id", equalTo(List.of(third)))
                .body("next", nullValue());
        as(f.viewerOf("memb"))
                .queryParam("kind", "STUDY_TRIP")
                .get(EVENTS, f.networkId)
                .then()
                .body("items.id", equalTo(List.of(second)));
        as(f.viewerOf("memb"))
                .queryParam("from", "2026-05-05T00:00:00Z")
                .queryParam("to", "2026-12-31T00:00:00Z")
                .get(EVENTS, f.networkId)
                .then()
                .body("items.id", equalTo(List.of(second, third)));
        as(f.viewerOf("memb"))
                .queryParam("from", "2026-05-05T00:00:00Z")
                .queryParam("to", "2026-01-01T00:00:00Z")
                .get(EVENTS, f.networkId)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(f.viewerOf("memb"))
                .queryParam("from", "gestern")
                .get(EVENTS, f.networkId)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void membersRecordTheirOwnAttendanceAndTheCoordinatorTakesAttendance() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        String id = plan(f, event("Treffen", "2026-03-12T09:00:00Z", "2026-03-12T11:00:00Z"));
        as(f.viewerOf("mema"))
                .get(ATTENDANCE, f.networkId, id)
                .then()
                .statusCode(200)
                .body(
                        "items.organization.id",
                        equalTo(List.of(f.coordinator.toString(), f.memberA.toString(), f.memberB.toString())))
                .body("items.status", equalTo(List.of("INVITED", "INVITED", "INVITED")))
                .body("items.recorded", equalTo(List.of(false, false, false)))
                .body("people", equalTo(0));
        String attendanceOfA = ATTENDANCE + "/{organizationId}";
        as(f.editorOf("mema"))
                .body(Map.of("status", "REGISTERED", "people", 2, "note", "Zwei Personen"))
                .put(attendanceOfA, f.networkId, id, f.memberA)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("organization.id", equalTo(f.memberA.toString()))
                .body("status", equalTo("REGISTERED"))
                .body("people", equalTo(2))
                .body("note", equalTo("Zwei Personen"))
                .body("recorded", equalTo(true))
                .body("updatedBy", equalTo("mema-" + f.suffix + "-editor"));
        // Another member, a viewer, an invitee or an outsider cannot record it.
        as(f.editorOf("memb"))
                .body(Map.of("status", "EXCUSED"))
                .put(attendanceOfA, f.networkId, id, f.memberA)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        as(f.viewerOf("mema"))
                .body(Map.of("status", "EXCUSED"))
                .put(attendanceOfA, f.networkId, id, f.memberA)
                .then()
                .statusCode(403);
        as(f.adminOf("inv"))
                .body(Map.of("status", "REGISTERED"))
                .put(attendanceOfA, f.networkId, id, f.invited)
                .then()
                .statusCode(404);
        as(f.adminOf("out"))
                .body(Map.of("status", "REGISTERED"))
                .put(attendanceOfA, f.networkId, id, f.memberA)
                .then()
                .statusCode(404);
        // Changing a recorded attendance needs its version.
        as(f.editorOf("mema"))
                .body(Map.of("status", "ATTENDED", "people", 3))
                .put(attendanceOfA, f.networkId, id, f.memberA)
                .then()
                .statusCode(428);
        as(f.editorOf("mema"))
                .header("If-Match", "\"4\"")
                .body(Map.of("status", "ATTENDED", "people", 3))
                .put(attendanceOfA, f.networkId, id, f.memberA)
                .then()
                .statusCode(412);
        // The coordinator takes attendance for everyone.
        as(f.coordinatorEditor())
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "ATTENDED", "people", 3))
                .put(attendanceOfA, f.networkId, id, f.memberA)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("note", nullValue());
        as(f.coordinatorEditor())
                .body(Map.of("status", "EXCUSED"))
                .put(attendanceOfA, f.networkId, id, f.memberB)
                .then()
                .statusCode(200);
        // Only accepted members attend.
        as(f.coordinatorEditor())
                .body(Map.of("status", "REGISTERED"))
                .put(attendanceOfA, f.networkId, id, f.invited)
                .then()
                .statusCode(422)
                .body("detail", equalTo("Only accepted members of the network attend its events."));
        as(f.coordinatorEditor())
                .body(Map.of("status", "MAYBE", "people", -1))
                .put(attendanceOfA, f.networkId, id, f.memberA)
                .then()
                .statusCode(400);
        as(f.coordinatorEditor())
                .body(Map.of("people", 1001))
                .put(attendanceOfA, f.networkId, id, f.memberA)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("people", "status")));
        as(f.coordinatorEditor())
                .body(Map.of("status", "REGISTERED"))
                .put(attendanceOfA, f.networkId, "00000000-0000-4000-8000-000000000001", f.memberA)
                .then()
                .statusCode(404);
        as(Tokens.platformAdmin())
                .get(ATTENDANCE, f.networkId, id)
                .then()
                .statusCode(200)
                .body("items.status", equalTo(List.of("INVITED", "ATTENDED", "EXCUSED")))
                .body("items[1].people", equalTo(3))
                .body("items[1].version", equalTo(1))
                .body("people", equalTo(3));
        // A member that leaves keeps its recorded attendance in the list.
        as(f.adminOf("memb"))
                .post(MEMBER + "/leave", f.networkId, f.memberBId)
                .then()
                .statusCode(200);
        as(f.viewerOf("mema"))
                .get(ATTENDANCE, f.networkId, id)
                .then()
                .body("items.status", equalTo(List.of("INVITED", "ATTENDED", "EXCUSED")));
    }
}
