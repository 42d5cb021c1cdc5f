package city.circular.hub.network;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import city.circular.hub.support.Api;
import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The network's roll-up counts, for each member municipality, exactly what it shares with its networks and what it
 * did in this network: a private strategy, project or workshop and a draft practice count nowhere, nor does another
 * network's attendance. Only those who read the network's content see it.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class NetworkDashboardTest {

    private static final String DASHBOARD = NetworkFixtures.NETWORK + "/dashboard";

    @Inject
    Organizations organizations;

    @Test
    void countsWhatEachMemberSharesAndNothingElse() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        String a = f.editorOf("mema");
        String b = f.editorOf("memb");

        Api.createStrategy(a, Map.of("title", "Geteilt", "visibility", "NETWORK"));
        Api.createStrategy(a, Map.of("title", "Öffentlich", "visibility", "PUBLIC"));
        Api.createStrategy(a, Map.of("title", "Intern", "visibility", "PRIVATE"));
        String shared = project(a, "Bauteilbörse", "NETWORK", List.of("CONSTRUCTION_BUILDINGS"));
        measure(a, shared, 10);
        String hidden = project(a, "Intern", "PRIVATE", List.of("FOOD_NUTRITION"));
        measure(a, hidden, 99);
        workshop(a, "NETWORK", "HELD");
        workshop(a, "PRIVATE", "HELD");
        workshop(a, "NETWORK", "PLANNED");
        String practice = published(a);
        as(a).post("/api/v1/practices/from-project/{id}", hidden).then().statusCode(201);
        as(b).body(Map.of("projectTitle", "Übernommen", "visibility", "PRIVATE"))
                .post("/api/v1/practices/{id}/adoptions", practice)
                .then()
                .statusCode(201);
        String event = event(f);
        as(a).body(Map.of("status", "ATTENDED", "people", 2))
                .put(
                        NetworkFixtures.NETWORK + "/events/{eventId}/attendance/{organizationId}",
                        f.networkId,
                        event,
                        f.memberA)
                .then()
                .statusCode(200);

        JsonPath dashboard = as(f.viewerOf("coord"))
                .get(DASHBOARD, f.networkId)
                .then()
                .statusCode(200)
                .body("networkId", equalTo(f.networkId))
                .body("members", hasSize(2))
                .extract()
                .jsonPath();
        Map<String, Object> ofA = memberOf(dashboard, f.memberA.toString());
        assertEquals(2, ofA.get("strategies"));
        assertEquals(0, ofA.get("adoptedStrategies"));
        assertEquals(0, ofA.get("strategyCompleteness"));
        assertEquals(1, at(ofA, "projects", "total"));
        assertEquals(
                List.of(Map.of("fieldOfAction", "CONSTRUCTION_BUILDINGS", "count", 1)),
                at(ofA, "projects", "byFieldOfAction"));
        assertEquals(10.0f, ((Number) at(ofA, "projects", "impact", "co2eTonnesPerYear")).floatValue());
        assertEquals(1, ofA.get("workshopsHeld"));
        assertEquals(1, ofA.get("eventsAttended"));
        assertEquals(0, ofA.get("statusReports"));
        assertEquals(1, ofA.get("practicesPublished"));
        assertEquals(1, ofA.get("practiceAdoptions"));

        Map<String, Object> ofB = memberOf(dashboard, f.memberB.toString());
        assertEquals(0, ofB.get("strategies"));
        assertEquals(null, ofB.get("strategyCompleteness"));
        assertEquals(0, at(ofB, "projects", "total"));
        assertEquals(0, ofB.get("practicesPublished"));
        assertEquals(0, ofB.get("eventsAttended"));

        as(f.viewerOf("mema"))
                .get(DASHBOARD, f.networkId)
                .then()
                .statusCode(200)
                .body("members", hasSize(2));
    }

    @Test
    void countsAStrategyInRevisionAsAdoptedUntilItIsSuperseded() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        String a = f.editorOf("mema");
        String id = Api.createStrategy(a, Map.of("title", "Fortgeschrieben", "visibility", "NETWORK"));
        String adoption = """
                {"status": "ADOPTED", "adoption": {"decisionBody": "Rat", "decidedOn": "2026-03-12",
                 "reference": "DS 1"}}""";
        List<String> moves = List.of("{\"status\": \"IN_REVIEW\"}", adoption, "{\"status\": \"IN_REVISION\"}");
        List<Integer> adopted = new java.util.ArrayList<>();
        for (int i = 0; i < moves.size(); i++) {
            as(a).header("If-Match", "\"" + i + "\"")
                    .body(moves.get(i))
                    .post("/api/v1/strategies/{id}/status", id)
                    .then()
                    .statusCode(200);
            adopted.add(adoptedOf(f));
        }
        as(a).header("If-Match", "\"3\"")
                .body(Map.of("status", "SUPERSEDED"))
                .post("/api/v1/strategies/{id}/status", id)
                .then()
                .statusCode(200);
        adopted.add(adoptedOf(f));
        assertEquals(List.of(0, 1, 1, 0), adopted);
    }

    private int adoptedOf(NetworkFixtures f) {
        JsonPath dashboard = as(f.viewerOf("coord"))
                .get(DASHBOARD, f.networkId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return (Integer) memberOf(dashboard, f.memberA.toString()).get("adoptedStrategies");
    }

    @Test
    void exportsTheComparisonTable() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        Api.createStrategy(f.editorOf("mema"), Map.of("title", "Geteilt", "visibility", "PUBLIC"));
        String csv = as(f.coordinatorAdmin())
                .accept("text/csv")
                .get(DASHBOARD + "/export", f.networkId)
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("network-comparison"))
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertEquals(3, lines.size(), csv);
        assertEquals(true, lines.get(0).contains("Municipality"), lines.get(0));
        String rowOfA = lines.stream()
                .filter(l -> l.startsWith("Mema-" + f.suffix))
                .findFirst()
                .orElseThrow(() -> new AssertionError(csv));
        assertEquals("SHARED_RECORDS", rowOfA.split(",")[2], rowOfA);
        assertEquals("1", rowOfA.split(",")[3], rowOfA);
        as(f.coordinatorAdmin())
                .queryParam("format", "xlsx")
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get(DASHBOARD + "/export", f.networkId)
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString(".xlsx"));
        as(f.coordinatorAdmin())
                .queryParam("format", "pdf")
                .accept("*/*")
                .get(DASHBOARD + "/export", f.networkId)
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void onlyThoseWhoReadTheNetworksContentSeeIt() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        for (String token : List.of(f.viewerOf("inv"), f.adminOf("out"), Tokens.member("eksempelby", "admin"))) {
            as(token)
                    .get(DASHBOARD, f.networkId)
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM)
                    .body("detail", not(containsString("Mema")));
            as(token)
                    .accept("text/csv")
                    .get(DASHBOARD + "/export", f.networkId)
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM);
        }
        as(Tokens.platformAdmin()).get(DASHBOARD, f.networkId).then().statusCode(200);
        as(f.viewerOf("coord"))
                .get(DASHBOARD, java.util.UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("errors", nullValue());
    }

    private static Map<String, Object> memberOf(JsonPath dashboard, String organizationId) {
        List<Map<String, Object>> members = dashboard.getList("members");
        return members.stream()
                .filter(m -> organizationId.equals(at(m, "organization", "id")))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> map, String... path) {
        Object node = map;
        for (String key : path) {
            node = ((Map<String, Object>) node).get(key);
        }
        return node;
    }

    private static String project(String token, String title, String visibility, List<String> fields) {
        return as(token)
                .body(Map.of("title", title, "visibility", visibility, "fieldsOfAction", fields))
                .post("/api/v1/starter-projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void measure(String token, String project, int co2e) {
        as(token)
                .body(Map.of("title", "Maßnahme", "co2eTonnesPerYear", co2e))
                .post("/api/v1/starter-projects/{id}/measures", project)
                .then()
                .statusCode(201);
    }

    private static void workshop(String token, String visibility, String status) {
        Instant start = Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Werkstatt " + visibility + " " + status);
        body.put("purpose", "KICK_OFF");
        body.put("format", "ONLINE");
        body.put("onlineLink", "https://meet.example/w");
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plus(2, ChronoUnit.HOURS).toString());
        body.put("capacity", 20);
        body.put("status", status);
        body.put("visibility", visibility);
        as(token).body(body).post("/api/v1/workshops").then().statusCode(201);
    }

    private static String published(String token) {
        String id = as(token)
                .body(Map.of(
                        "title", "Bauteilbörse",
                        "summary", "Bauteile aus dem Rückbau werden wiederverwendet.",
                        "language", "de",
                        "visibility", "NETWORK"))
                .post("/api/v1/practices")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(token)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "PUBLISHED"))
                .post("/api/v1/practices/{id}/status", id)
                .then()
                .statusCode(200);
        return id;
    }

    private static String event(NetworkFixtures f) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "IN_PERSON");
        body.put("title", "Treffen");
        body.put("startsAt", "2026-03-12T09:00:00Z");
        body.put("endsAt", "2026-03-12T11:00:00Z");
        body.put("place", "Rathaus");
        return as(f.coordinatorEditor())
                .body(body)
                .post(NetworkFixtures.NETWORK + "/events", f.networkId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
