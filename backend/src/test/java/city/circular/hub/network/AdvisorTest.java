package city.circular.hub.network;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import city.circular.hub.organization.OrganizationKind;
import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Advisors of a network's member municipalities: the coordinator's admins assign, the advisor and the coordinator
 * keep a check-in log that only the municipality and the network's coordinator see, and the advisor's portfolio shows
 * each municipality's state from what it shares.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AdvisorTest {

    static final String ASSIGNMENTS = NetworkFixtures.NETWORK + "/advisor-assignments";
    static final String ASSIGNMENT = ASSIGNMENTS + "/{assignmentId}";
    static final String CHECK_INS = ASSIGNMENT + "/check-ins";
    static final String CHECK_IN = CHECK_INS + "/{checkInId}";
    static final String PORTFOLIO = "/api/v1/advisor-portfolio";

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @Inject
    Organizations organizations;

    /** The advisor: a viewer of the coordinator, named as the token names them. */
    private static String advisor(NetworkFixtures f) {
        return Tokens.user("berater-" + f.suffix, "/organizations/coord-" + f.suffix + "/viewer");
    }

    private static Map<String, Object> assignment(UUID municipality, NetworkFixtures f) {
        Map<String, Object> body = new HashMap<>();
        body.put("municipalityId", municipality.toString());
        body.put("advisorUsername", "berater-" + f.suffix);
        body.put("advisorName", "Anna Berater");
        body.put("startsOn", TODAY.minusMonths(2).toString());
        return body;
    }

    private static String assign(NetworkFixtures f, Map<String, Object> body) {
        return as(f.coordinatorAdmin())
                .body(body)
                .post(ASSIGNMENTS, f.networkId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> checkIn(LocalDate heldOn, LocalDate followUpOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("heldOn", heldOn.toString());
        body.put("format", "VIDEO");
        body.put("topics", "Bauteilkataster");
        if (followUpOn != null) {
            body.put("followUpOn", followUpOn.toString());
        }
        return body;
    }

    private static String recordCheckIn(String token, NetworkFixtures f, String assignment, Map<String, Object> body) {
        return as(token)
                .body(body)
                .post(CHECK_INS, f.networkId, assignment)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void coordinatorAdminAssignsAnAdvisorAndChangesTheAssignmentWithIfMatch() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        Map<String, Object> body = assignment(f.memberA, f);
        body.put("endsOn", TODAY.plusYears(1).toString());
        body.put("note", " Bauen ");
        String id = as(f.coordinatorAdmin())
                .body(body)
                .post(ASSIGNMENTS, f.networkId)
                .then()
                .statusCode(201)
                .contentType("application/json")
                .header("ETag", "\"0\"")
                .header("Location", containsString("/advisor-assignments/"))
                .body("networkId", equalTo(f.networkId))
                .body("municipality.id", equalTo(f.memberA.toString()))
                .body("advisorOrganization.id", equalTo(f.coordinator.toString()))
                .body("advisor.username", equalTo("berater-" + f.suffix))
                .body("advisor.displayName", equalTo("Anna Berater"))
                .body("startsOn", equalTo(TODAY.minusMonths(2).toString()))
                .body("endsOn", equalTo(TODAY.plusYears(1).toString()))
                .body("current", equalTo(true))
                .body("note", equalTo("Bauen"))
                .body("createdBy", equalTo("coord-" + f.suffix + "-admin"))
                .extract()
                .path("id");

        as(f.coordinatorAdmin())
                .get(ASSIGNMENT, f.networkId, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id));

        body.put("startsOn", TODAY.plusDays(1).toString());
        as(f.coordinatorAdmin())
                .body(body)
                .put(ASSIGNMENT, f.networkId, id)
                .then()
                .statusCode(428)
                .contentType(PROBLEM);
        as(f.coordinatorAdmin())
                .header("If-Match", "\"7\"")
                .body(body)
                .put(ASSIGNMENT, f.networkId, id)
                .then()
                .statusCode(412)
                .contentType(PROBLEM);
        as(f.coordinatorAdmin())
                .header("If-Match", "\"0\"")
                .body(body)
                .put(ASSIGNMENT, f.networkId, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("startsOn", equalTo(TODAY.plusDays(1).toString()))
                .body("current", equalTo(false));
        as(f.coordinatorAdmin())
                .get(ASSIGNMENTS, f.networkId)
                .then()
                .statusCode(200)
                .body("items.id", contains(id));
        as(f.coordinatorAdmin())
                .get(ASSIGNMENT, f.networkId, UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void onlyTheCoordinatorsAdminsAssign() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        Map<String, Object> body = assignment(f.memberA, f);
        for (String token :
                List.of(f.coordinatorEditor(), f.adminOf("mema"), Tokens.member("coord-" + f.suffix, "viewer"))) {
            as(token)
                    .body(body)
                    .post(ASSIGNMENTS, f.networkId)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
        }
        as(f.adminOf("out")).body(body).post(ASSIGNMENTS, f.networkId).then().statusCode(404);
        // An invited organization reads the network to decide, but not what happens inside it.
        as(f.adminOf("inv")).body(body).post(ASSIGNMENTS, f.networkId).then().statusCode(403);
        for (String token : List.of(f.adminOf("out"), f.adminOf("inv"))) {
            as(token).get(ASSIGNMENTS, f.networkId).then().statusCode(404).contentType(PROBLEM);
        }
        String id = assign(f, body);
        body.put("note", "Geändert");
        as(f.adminOf("mema"))
                .header("If-Match", "\"0\"")
                .body(body)
                .put(ASSIGNMENT, f.networkId, id)
                .then()
                .statusCode(403);
        as(f.adminOf("out"))
                .header("If-Match", "\"0\"")
                .body(body)
                .put(ASSIGNMENT, f.networkId, id)
                .then()
                .statusCode(404);
        as(f.coordinatorEditor())
                .header("If-Match", "\"0\"")
                .post(ASSIGNMENT + "/end", f.networkId, id)
                .then()
                .statusCode(403);
        as(f.adminOf("mema"))
                .header("If-Match", "\"0\"")
                .delete(ASSIGNMENT, f.networkId, id)
                .then()
                .statusCode(403);
        as(f.coordinatorAdmin())
                .get(ASSIGNMENT, f.networkId, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("note", nullValue());
    }

    @Test
    void refusesInvalidAssignmentsAndChangesNothing() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        as(f.coordinatorAdmin())
                .body(Map.of("advisorName", " "))
                .post(ASSIGNMENTS, f.networkId)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("municipalityId"))
                .body("errors.field", hasItem("advisorUsername"))
                .body("errors.field", hasItem("advisorName"))
                .body("errors.field", hasItem("startsOn"));
        Map<String, Object> body = assignment(f.memberA, f);
        body.put("endsOn", TODAY.minusYears(1).toString());
        body.put("advisorUsername", "anna berater");
        as(f.coordinatorAdmin())
                .body(body)
                .post(ASSIGNMENTS, f.networkId)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("endsOn"))
                .body("errors.field", hasItem("advisorUsername"));

        for (UUID notAMunicipality : List.of(f.outsider, f.invited, f.coordinator)) {
            as(f.coordinatorAdmin())
                    .body(assignment(notAMunicipality, f))
                    .post(ASSIGNMENTS, f.networkId)
                    .then()
                    .statusCode(422)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("municipalityId"));
        }
        Map<String, Object> fromAMunicipality = assignment(f.memberA, f);
        fromAMunicipality.put("advisorOrganizationId", f.memberB.toString());
        as(f.coordinatorAdmin())
                .body(fromAMunicipality)
                .post(ASSIGNMENTS, f.networkId)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("advisorOrganizationId"));
        as(f.coordinatorAdmin())
                .get(ASSIGNMENTS, f.networkId)
                .then()
                .statusCode(200)
                .body("items", empty());

        assign(f, assignment(f.memberA, f));
        Map<String, Object> overlapping = assignment(f.memberA, f);
        overlapping.put("startsOn", TODAY.plusMonths(1).toString());
        as(f.coordinatorAdmin())
                .body(overlapping)
                .post(ASSIGNMENTS, f.networkId)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("detail", containsString("overlapping"));
        // Another municipality for the same person is fine.
        assign(f, assignment(f.memberB, f));
    }

    @Test
    void advisorsComeFromTheCoordinatorOrAnAcceptedAdvisorOrganization() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        UUID agency = organizations.create("agency-" + f.suffix, OrganizationKind.NETWORK_COORDINATOR);
        String membership = as(f.coordinatorAdmin())
                .body(Map.of("organizationId", agency.toString(), "role", "ADVISOR_ORGANIZATION"))
                .post(NetworkFixtures.MEMBERS, f.networkId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> body = assignment(f.memberA, f);
        body.put("advisorOrganizationId", agency.toString());
        body.put("advisorUsername", "agentur-" + f.suffix);
        as(f.coordinatorAdmin())
                .body(body)
                .post(ASSIGNMENTS, f.networkId)
                .then()
                .statusCode(422);
        f.accept(membership, f.adminOf("agency"));
        String id = assign(f, body);

        String agent = Tokens.user("agentur-" + f.suffix, "/organizations/agency-" + f.suffix + "/editor");
        recordCheckIn(agent, f, id, checkIn(TODAY, null));
        as(agent).get(PORTFOLIO).then().statusCode(200).body("items.assignment.id", contains(id));
        // The same username in another organization is not the advisor.
        String namesake = Tokens.user("agentur-" + f.suffix, "/organizations/memb-" + f.suffix + "/editor");
        as(namesake).get(CHECK_INS, f.networkId, id).then().statusCode(404);
        as(namesake).get(PORTFOLIO).then().statusCode(200).body("items", empty());
    }

    @Test
    void checkInsAreSeenByTheMunicipalityAndTheCoordinatorOnly() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        String id = assign(f, assignment(f.memberA, f));
        Map<String, Object> body = checkIn(TODAY.minusDays(3), TODAY.plusDays(10));
        body.put("topics", " Bauteilkataster, Vergabe ");
        body.put("agreements", "Entwurf bis April");
        body.put("nextSteps", " ");
        String checkIn = as(advisor(f))
                .body(body)
                .post(CHECK_INS, f.networkId, id)
                .then()
                .statusCode(201)
                .contentType("application/json")
                .header("ETag", "\"0\"")
                .header("Location", notNullValue())
                .body("assignmentId", equalTo(id))
                .body("heldOn", equalTo(TODAY.minusDays(3).toString()))
                .body("format", equalTo("VIDEO"))
                .body("topics", equalTo("Bauteilkataster, Vergabe"))
                .body("agreements", equalTo("Entwurf bis April"))
                .body("nextSteps", nullValue())
                .body("followUpOn", equalTo(TODAY.plusDays(10).toString()))
                .body("createdBy", equalTo("berater-" + f.suffix))
                .extract()
                .path("id");
        String byCoordinator = recordCheckIn(f.coordinatorEditor(), f, id, checkIn(TODAY, null));

        for (String reader : List.of(
                advisor(f),
                f.viewerOf("mema"),
                f.adminOf("mema"),
                Tokens.member("coord-" + f.suffix, "viewer"),
                f.coordinatorAdmin())) {
            as(reader)
                    .get(CHECK_INS, f.networkId, id)
                    .then()
                    .statusCode(200)
                    .body("items.id", contains(byCoordinator, checkIn));
            as(reader).get(ASSIGNMENTS, f.networkId).then().statusCode(200).body("items.id", contains(id));
        }
        // Another member municipality of the same network learns nothing of it.
        for (String stranger : List.of(f.adminOf("memb"), f.viewerOf("memb"))) {
            as(stranger).get(CHECK_INS, f.networkId, id).then().statusCode(404).contentType(PROBLEM);
            as(stranger).get(CHECK_IN, f.networkId, id, checkIn).then().statusCode(404);
            as(stranger).get(ASSIGNMENT, f.networkId, id).then().statusCode(404);
            as(stranger).get(ASSIGNMENTS, f.networkId).then().statusCode(200).body("items", empty());
        }
        for (String outsider : List.of(f.adminOf("out"), f.adminOf("inv"))) {
            as(outsider).get(CHECK_INS, f.networkId, id).then().statusCode(404);
            as(outsider)
                    .body(checkIn(TODAY, null))
                    .post(CHECK_INS, f.networkId, id)
                    .then()
                    .statusCode(404);
        }
        // Readers who are neither the advisor nor the coordinator's editors do not write.
        for (String reader : List.of(f.editorOf("mema"), Tokens.member("coord-" + f.suffix, "viewer"))) {
            as(reader)
                    .body(checkIn(TODAY, null))
                    .post(CHECK_INS, f.networkId, id)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
            as(reader)
                    .header("If-Match", "\"0\"")
                    .body(checkIn(TODAY, null))
                    .put(CHECK_IN, f.networkId, id, checkIn)
                    .then()
                    .statusCode(403);
        }
        as(f.adminOf("memb"))
                .header("If-Match", "\"0\"")
                .delete(CHECK_IN, f.networkId, id, checkIn)
                .then()
                .statusCode(404);
        as(f.viewerOf("mema"))
                .get(CHECK_IN, f.networkId, id, checkIn)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("topics", equalTo("Bauteilkataster, Vergabe"));
    }

    @Test
    void refusesInvalidCheckInsAndStaleVersions() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        Map<String, Object> bounded = assignment(f.memberA, f);
        bounded.put("endsOn", TODAY.plusDays(5).toString());
        String id = assign(f, bounded);
        as(advisor(f))
                .body(Map.of("format", "FAX", "topics", " "))
                .post(CHECK_INS, f.networkId, id)
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        as(advisor(f))
                .body(Map.of("topics", " "))
                .post(CHECK_INS, f.networkId, id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("heldOn"))
                .body("errors.field", hasItem("format"))
                .body("errors.field", hasItem("topics"));
        as(advisor(f))
                .body(checkIn(TODAY, TODAY.minusDays(1)))
                .post(CHECK_INS, f.networkId, id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("followUpOn"));
        for (LocalDate outside : List.of(TODAY.minusMonths(3), TODAY.plusDays(6))) {
            as(advisor(f))
                    .body(checkIn(outside, null))
                    .post(CHECK_INS, f.networkId, id)
                    .then()
                    .statusCode(422)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("heldOn"));
        }
        as(advisor(f)).get(CHECK_INS, f.networkId, id).then().statusCode(200).body("items", empty());
        as(advisor(f))
                .body(checkIn(TODAY, null))
                .post(CHECK_INS, f.networkId, UUID.randomUUID())
                .then()
                .statusCode(404);

        String checkIn = recordCheckIn(advisor(f), f, id, checkIn(TODAY, null));
        Map<String, Object> changed = checkIn(TODAY.minusDays(1), TODAY.plusDays(3));
        as(advisor(f))
                .body(changed)
                .put(CHECK_IN, f.networkId, id, checkIn)
                .then()
                .statusCode(428);
        as(advisor(f))
                .header("If-Match", "\"3\"")
                .body(changed)
                .put(CHECK_IN, f.networkId, id, checkIn)
                .then()
                .statusCode(412);
        as(advisor(f))
                .header("If-Match", "\"0\"")
                .body(changed)
                .put(CHECK_IN, f.networkId, id, checkIn)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("heldOn", equalTo(TODAY.minusDays(1).toString()))
                .body("updatedBy", equalTo("berater-" + f.suffix));
        as(advisor(f))
                .header("If-Match", "\"0\"")
                .delete(CHECK_IN, f.networkId, id, checkIn)
                .then()
                .statusCode(412);
        as(f.coordinatorEditor())
                .header("If-Match", "\"1\"")
                .delete(CHECK_IN, f.networkId, id, checkIn)
                .then()
                .statusCode(204);
        as(advisor(f)).get(CHECK_IN, f.networkId, id, checkIn).then().statusCode(404);
    }

    @Test
    void endingAnAssignmentKeepsItsLogAndDeletingRemovesIt() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        String id = assign(f, assignment(f.memberA, f));
        recordCheckIn(advisor(f), f, id, checkIn(TODAY, null));
        as(f.coordinatorAdmin())
                .post(ASSIGNMENT + "/end", f.networkId, id)
                .then()
                .statusCode(428);
        as(f.coordinatorAdmin())
                .header("If-Match", "\"0\"")
                .post(ASSIGNMENT + "/end", f.networkId, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("endsOn", equalTo(TODAY.toString()))
                .body("current", equalTo(true));
        as(f.viewerOf("mema"))
                .get(CHECK_INS, f.networkId, id)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1));

        Map<String, Object> future = assignment(f.memberB, f);
        future.put("startsOn", TODAY.plusMonths(1).toString());
        String later = assign(f, future);
        as(f.coordinatorAdmin())
                .header("If-Match", "\"0\"")
                .post(ASSIGNMENT + "/end", f.networkId, later)
                .then()
                .statusCode(422)
                .contentType(PROBLEM);
        as(f.coordinatorAdmin()).delete(ASSIGNMENT, f.networkId, id).then().statusCode(428);
        as(f.coordinatorAdmin())
                .header("If-Match", "\"0\"")
                .delete(ASSIGNMENT, f.networkId, id)
                .then()
                .statusCode(412);
        as(f.coordinatorAdmin())
                .header("If-Match", "\"1\"")
                .delete(ASSIGNMENT, f.networkId, id)
                .then()
                .statusCode(204);
        as(f.viewerOf("mema")).get(CHECK_INS, f.networkId, id).then().statusCode(404);
        as(f.coordinatorAdmin()).get(ASSIGNMENTS, f.networkId).then().body("items.id", contains(later));
    }

    @Test
    void portfolioShowsEachCurrentMunicipalitysStateFromWhatItShares() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        String a = assign(f, assignment(f.memberA, f));
        Map<String, Object> ended = assignment(f.memberB, f);
        ended.put("endsOn", TODAY.minusDays(1).toString());
        assign(f, ended);
        Map<String, Object> someoneElse = assignment(f.memberB, f);
        someoneElse.put("advisorUsername", "jemand-" + f.suffix);
        assign(f, someoneElse);

        String editor = f.editorOf("mema");
        for (Map<String, Object> project : List.of(
                Map.<String, Object>of("title", "Geteilt 1", "visibility", "NETWORK"),
                Map.<String, Object>of("title", "Geteilt 2", "visibility", "NETWORK"),
                Map.<String, Object>of("title", "Öffentlich", "visibility", "PUBLIC"),
                Map.<String, Object>of("title", "Intern"))) {
            as(editor).body(project).post("/api/v1/starter-projects").then().statusCode(201);
        }
        String shared = as(editor)
                .body(Map.of("title", "Weiter", "visibility", "NETWORK"))
                .post("/api/v1/starter-projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(editor)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "SHORTLISTED"))
                .post("/api/v1/starter-projects/{id}/status", shared)
                .then()
                .statusCode(200);
        String event = NetworkEventTest.plan(
                f, NetworkEventTest.event("Statustermin", "2026-03-12T09:00:00Z", "2026-03-12T11:00:00Z"));
        String report = as(editor)
                .body(Map.of("progress", "Läuft"))
                .post(StatusReportTest.REPORTS, f.networkId, event)
                .then()
                .statusCode(201)
                .extract()
                .path("createdAt");
        recordCheckIn(advisor(f), f, a, checkIn(TODAY.minusDays(20), TODAY.minusDays(5)));
        recordCheckIn(advisor(f), f, a, checkIn(TODAY.minusDays(2), TODAY.plusDays(30)));
        recordCheckIn(advisor(f), f, a, checkIn(TODAY.minusDays(10), TODAY.plusDays(7)));

        as(advisor(f))
                .get(PORTFOLIO)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("items.size()", equalTo(1))
                .body("items[0].assignment.id", equalTo(a))
                .body("items[0].assignment.municipality.id", equalTo(f.memberA.toString()))
                .body("items[0].network.id", equalTo(f.networkId))
                .body("items[0].network.name", equalTo("Netz " + f.suffix))
                .body("items[0].projectCount", equalTo(4))
                .body("items[0].projectsByStatus.status", contains("IDEA", "SHORTLISTED"))
                .body("items[0].projectsByStatus.count", contains(3, 1))
                .body("items[0].lastCheckIn", equalTo(TODAY.minusDays(2).toString()))
                .body("items[0].nextFollowUp", equalTo(TODAY.plusDays(7).toString()))
                .body("items[0].latestStatusReport", equalTo(report));

        // The municipality's own members and people who advise nobody have an empty portfolio.
        as(editor).get(PORTFOLIO).then().statusCode(200).body("items", empty());
        as(f.coordinatorAdmin()).get(PORTFOLIO).then().statusCode(200).body("items", empty());
    }

    /**
     * An assignment's dates are meant on its municipality's clock. Kiritimati (UTC+14) and Pago Pago (UTC-11) are
     * always at least a day apart, so no single clock sees both assignments below as current.
     */
    @Test
    void portfolioJudgesEachAssignmentOnItsMunicipalitysClock() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        ZoneId early = ZoneId.of("Pacific/Kiritimati");
        ZoneId late = ZoneId.of("Pacific/Pago_Pago");
        organizations.setTimeZone(f.memberA, early);
        organizations.setTimeZone(f.memberB, late);
        Map<String, Object> starting = assignment(f.memberA, f);
        starting.put("startsOn", LocalDate.now(early).toString());
        String startsToday = assign(f, starting);
        Map<String, Object> ending = assignment(f.memberB, f);
        ending.put("endsOn", LocalDate.now(late).toString());
        String endsToday = assign(f, ending);

        as(advisor(f))
                .get(PORTFOLIO)
                .then()
                .statusCode(200)
                .body("items.assignment.id", containsInAnyOrder(startsToday, endsToday));
    }

    @Test
    void theChangeFeedKeepsAssignmentsAndCheckInsPrivateToTheMunicipality() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        String id = assign(f, assignment(f.memberA, f));
        String checkIn = recordCheckIn(advisor(f), f, id, checkIn(TODAY, null));
        as(f.viewerOf("mema"))
                .queryParam("organizationId", f.memberA.toString())
                .queryParam("types", "advisor-assignment,advisor-check-in")
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body("items.id", contains(id, checkIn))
                .body("items.type", contains("advisor-assignment", "advisor-check-in"))
                .body("items.rootId", contains(id, id));
        // Member B shares the network with member A, but not this.
        as(f.adminOf("memb"))
                .queryParam("organizationId", f.memberA.toString())
                .queryParam("types", "advisor-assignment,advisor-check-in")
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body("items", empty());
    }
}
