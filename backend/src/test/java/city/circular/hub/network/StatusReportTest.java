package city.circular.hub.network;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import city.circular.hub.support.Api;
import city.circular.hub.support.Organizations;
import city.circular.hub.support.StrategyParts;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Status reports of virtual status updates: pre-filled from the member's own records, one per member and event. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class StatusReportTest {

    static final String REPORTS = NetworkEventTest.EVENT + "/status-reports";
    static final String REPORT = REPORTS + "/{reportId}";
    static final String DRAFT = REPORTS + "/draft";

    @Inject
    Organizations organizations;

    private static String statusUpdate(NetworkFixtures f) {
        return NetworkEventTest.plan(
                f, NetworkEventTest.event("Statustermin", "2026-03-12T09:00:00Z", "2026-03-12T11:00:00Z"));
    }

    /** A project moved on twice, a measure done, an indicator value and a workshop held, all by member A. */
    private static String recordActivity(NetworkFixtures f) {
        String editor = f.editorOf("mema");
        String project = as(editor)
                .body(Map.of("title", "Materialbörse"))
                .post("/api/v1/starter-projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(editor)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "SHORTLISTED"))
                .post("/api/v1/starter-projects/{id}/status", project)
                .then()
                .statusCode(200);
        as(editor)
                .body(Map.of("title", "Nicht fertig"))
                .post("/api/v1/starter-projects/{id}/measures", project)
                .then()
                .statusCode(201);
        as(editor)
                .body(Map.of("title", "Bauteile erfassen", "status", "DONE"))
                .post("/api/v1/starter-projects/{id}/measures", project)
                .then()
                .statusCode(201);
        String strategy = Api.createStrategy(editor, Map.of("title", "Strategie"));
        String goal = StrategyParts.addComponent(editor, strategy, "GOAL", "Weniger Abfall", null);
        String indicator = StrategyParts.addIndicator(editor, strategy, StrategyParts.indicator(goal, "Restabfall"));
        StrategyParts.addValue(editor, strategy, indicator, "2026-01-31", 92.5);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> workshop = new HashMap<>();
        workshop.put("title", "Ideenwerkstatt");
        workshop.put("purpose", "KICK_OFF");
        workshop.put("format", "ONLINE");
        workshop.put("onlineLink", "https://meet.example/w");
        workshop.put("startsAt", now.minusSeconds(120).toString());
        workshop.put("endsAt", now.minusSeconds(60).toString());
        workshop.put("capacity", 20);
        workshop.put("status", "HELD");
        as(editor).body(workshop).post("/api/v1/workshops").then().statusCode(201);
        workshop.put("title", "Noch geplant");
        workshop.put("status", "PLANNED");
        as(editor).body(workshop).post("/api/v1/workshops").then().statusCode(201);
        return project;
    }

    @Test
    void draftIsPrefilledFromTheMembersOwnRecordsAndTheSubmittedReportKeepsThem() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        String event = statusUpdate(f);
        String project = recordActivity(f);
        // Member B's activity is not member A's.
        as(f.editorOf("memb"))
                .body(Map.of("title", "Von B"))
                .post("/api/v1/starter-projects")
                .then()
                .statusCode(201);

        ExtractableResponse<Response> draft = as(f.editorOf("mema"))
                .get(DRAFT, f.networkId, event)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("eventId", equalTo(event))
                .body("networkId", equalTo(f.networkId))
                .body("organization.id", equalTo(f.memberA.toString()))
                .body("coversFrom", notNullValue())
                .body("coversTo", notNullValue())
                .body("previousReportId", nullValue())
                .body("figures.projectsChangedStatus.size()", equalTo(1))
                .body("figures.projectsChangedStatus[0].projectId", equalTo(project))
                .body("figures.projectsChangedStatus[0].title", equalTo("Materialbörse"))
                .body("figures.projectsChangedStatus[0].status", equalTo("SHORTLISTED"))
                .body("figures.measuresCompleted.title", equalTo(List.of("Bauteile erfassen")))
                .body("figures.measuresCompleted[0].projectTitle", equalTo("Materialbörse"))
                .body("figures.indicatorValuesAdded.size()", equalTo(1))
                .body("figures.indicatorValuesAdded[0].indicatorName", equalTo("Restabfall"))
                .body("figures.indicatorValuesAdded[0].unit", equalTo("kg/(Einw.·a)"))
                .body("figures.indicatorValuesAdded[0].observedOn", equalTo("2026-01-31"))
                .body("figures.indicatorValuesAdded[0].value", equalTo(92.5f))
                .body("figures.indicatorValuesAdded[0].kind", equalTo("ACTUAL"))
                .body("figures.workshopsHeld.title", equalTo(List.of("Ideenwerkstatt")))
                .extract();

        String report = as(f.editorOf("mema"))
                .body(Map.of("progress", " Gut vorangekommen ", "nextSteps", "Ratsbeschluss", "helpNeeded", ""))
                .post(REPORTS, f.networkId, event)
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", notNullValue())
                .body("organization.id", equalTo(f.memberA.toString()))
                .body("progress", equalTo("Gut vorangekommen"))
                .body("nextSteps", equalTo("Ratsbeschluss"))
                .body("helpNeeded", nullValue())
                .body("coversFrom", equalTo(draft.path("coversFrom")))
                .body("figures.projectsChangedStatus", equalTo(draft.path("figures.projectsChangedStatus")))
                .body("figures.measuresCompleted", equalTo(draft.path("figures.measuresCompleted")))
                .body("figures.indicatorValuesAdded", equalTo(draft.path("figures.indicatorValuesAdded")))
                .body("figures.workshopsHeld", equalTo(draft.path("figures.workshopsHeld")))
                .extract()
                .path("id");

        // The next status update counts only what happened since this report.
        String later = NetworkEventTest.plan(
                f, NetworkEventTest.event("Statustermin Juni", "2026-06-12T09:00:00Z", "2026-06-12T11:00:00Z"));
        as(f.editorOf("mema"))
                .header("If-Match", "\"1\"")
                .body(Map.of("status", "SELECTED"))
                .post("/api/v1/starter-projects/{id}/status", project)
                .then()
                .statusCode(200);
        String coveredTo = as(f.viewerOf("coord"))
                .get(REPORT, f.networkId, event, report)
                .then()
                .statusCode(200)
                .extract()
                .path("coversTo");
        as(f.editorOf("mema"))
                .get(DRAFT, f.networkId, later)
                .then()
                .statusCode(200)
                .body("coversFrom", equalTo(coveredTo))
                .body("previousReportId", equalTo(report))
                .body("previousNextSteps", equalTo("Ratsbeschluss"))
                .body("figures.projectsChangedStatus.status", equalTo(List.of("SELECTED")))
                .body("figures.measuresCompleted.size()", equalTo(0))
                .body("figures.indicatorValuesAdded.size()", equalTo(0))
                .body("figures.workshopsHeld.size()", equalTo(0));
    }

    @Test
    void coordinatorSeesWhoHasReported() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        String event = statusUpdate(f);
        String report = as(f.editorOf("memb"))
                .body(Map.of("progress", "Läuft"))
                .post(REPORTS, f.networkId, event)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (String token : List.of(f.viewerOf("coord"), f.viewerOf("mema"), Tokens.platformAdmin())) {
            as(token)
                    .get(REPORTS, f.networkId, event)
                    .then()
                    .statusCode(200)
                    .body("items.id", equalTo(List.of(report)))
                    .body("items[0].progress", equalTo("Läuft"))
                    .body("members.organization.id", equalTo(List.of(f.memberA.toString(), f.memberB.toString())))
                    .body("members.reported", equalTo(List.of(false, true)))
                    .body("members[1].reportId", equalTo(report))
                    .body("members[1].submittedAt", notNullValue())
                    .body("members[0].reportId", nullValue());
        }
        for (String token : List.of(f.viewerOf("inv"), f.adminOf("out"))) {
            as(token).get(REPORTS, f.networkId, event).then().statusCode(404).contentType(PROBLEM);
            as(token).get(REPORT, f.networkId, event, report).then().statusCode(404);
            as(token).get(DRAFT, f.networkId, event).then().statusCode(404);
        }
    }

    @Test
    void onlyMemberMunicipalitiesEditorsReportOncePerStatusUpdate() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        String event = statusUpdate(f);
        Map<String, Object> body = Map.of("progress", "Bericht");
        as(f.viewerOf("mema"))
                .body(body)
                .post(REPORTS, f.networkId, event)
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("detail", equalTo("You do not edit for a member municipality of this network."));
        as(f.viewerOf("mema")).get(DRAFT, f.networkId, event).then().statusCode(403);
        // The coordinator does not report for its members.
        as(f.coordinatorEditor())
                .queryParam("organizationId", f.memberA.toString())
                .get(DRAFT, f.networkId, event)
                .then()
                .statusCode(403)
                .body("detail", equalTo("Only the member organization's editors write its status report."));
        as(f.coordinatorEditor())
                .queryParam("organizationId", f.coordinator.toString())
                .get(DRAFT, f.networkId, event)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("organizationId"));
        as(f.editorOf("mema"))
                .body(Map.of("organizationId", f.memberB.toString(), "progress", "fremd"))
                .post(REPORTS, f.networkId, event)
                .then()
                .statusCode(403);
        as(f.editorOf("mema"))
                .body(Map.of("progress", " "))
                .post(REPORTS, f.networkId, event)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("progress"));
        as(f.editorOf("mema"))
                .queryParam("organizationId", "kein-uuid")
                .get(DRAFT, f.networkId, event)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("organizationId"));
        String report = as(f.editorOf("mema"))
                .body(body)
                .post(REPORTS, f.networkId, event)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(f.editorOf("mema"))
                .body(body)
                .post(REPORTS, f.networkId, event)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body(
                        "detail",
                        equalTo("Mema-" + f.suffix
                                + " has reported for this status update already; change that report."));

        // Only a virtual status update takes reports.
        Map<String, Object> meeting = NetworkEventTest.event("Treffen", "2026-04-01T09:00:00Z", "2026-04-01T12:00:00Z");
        meeting.put("kind", "IN_PERSON");
        meeting.put("place", "Köln");
        String inPerson = NetworkEventTest.plan(f, meeting);
        as(f.editorOf("mema"))
                .body(body)
                .post(REPORTS, f.networkId, inPerson)
                .then()
                .statusCode(422)
                .body("detail", equalTo("Status reports belong to virtual status updates; this event is a IN_PERSON."));

        // Changing the words needs the version; the figures stay.
        Map<String, Object> changed = Map.of("progress", "Bericht, ergänzt", "helpNeeded", "Rückbaukonzepte");
        as(f.editorOf("memb"))
                .header("If-Match", "\"0\"")
                .body(changed)
                .put(REPORT, f.networkId, event, report)
                .then()
                .statusCode(403);
        as(f.editorOf("mema"))
                .body(changed)
                .put(REPORT, f.networkId, event, report)
                .then()
                .statusCode(428);
        as(f.editorOf("mema"))
                .header("If-Match", "\"3\"")
                .body(changed)
                .put(REPORT, f.networkId, event, report)
                .then()
                .statusCode(412);
        as(f.editorOf("mema"))
                .header("If-Match", "\"0\"")
                .body(changed)
                .put(REPORT, f.networkId, event, report)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("progress", equalTo("Bericht, ergänzt"))
                .body("helpNeeded", equalTo("Rückbaukonzepte"))
                .body("figures.workshopsHeld.size()", equalTo(0));
        as(f.editorOf("mema"))
                .get(REPORT, f.networkId, inPerson, report)
                .then()
                .statusCode(404)
                .body("detail", equalTo("Status report does not exist or is not visible to you."));

        // A member that left no longer reports.
        as(f.adminOf("memb"))
                .post(NetworkFixtures.MEMBER + "/leave", f.networkId, f.memberBId)
                .then()
                .statusCode(200);
        as(f.editorOf("memb"))
                .body(body)
                .post(REPORTS, f.networkId, event)
                .then()
                .statusCode(404);
    }
}
