package city.circular.hub.network;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import city.circular.hub.support.Api;
import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A member's consent to share aggregates with a network: only its own admin gives or withdraws it, and while it
 * holds, the dashboard counts all of the member's strategies, starter projects and workshops, PRIVATE ones too, as
 * figures only; without it, only what the member shares. Withdrawing and leaving end it at once.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class NetworkAggregateConsentTest {

    private static final String DASHBOARD = NetworkFixtures.NETWORK + "/dashboard";
    private static final String CONSENT = NetworkFixtures.MEMBER + "/aggregate-consent";

    @Inject
    Organizations organizations;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void onlyTheMembersOwnAdminConsentsAndWithdraws() throws Exception {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        String etag = etagOf(f, f.memberAId);

        for (String token :
                List.of(f.coordinatorAdmin(), f.adminOf("memb"), f.editorOf("mema"), Tokens.platformAdmin())) {
            as(token)
                    .header("If-Match", etag)
                    .body(Map.of("sharesAggregates", true))
                    .put(CONSENT, f.networkId, f.memberAId)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
        }
        // Outsiders do not learn that the network or the membership exists.
        as(f.adminOf("out"))
                .header("If-Match", etag)
                .body(Map.of("sharesAggregates", true))
                .put(CONSENT, f.networkId, f.memberAId)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        as(f.adminOf("mema"))
                .header("If-Match", etag)
                .body(Map.of("sharesAggregates", true))
                .put(CONSENT, f.networkId, UUID.randomUUID())
                .then()
                .statusCode(404);
        as(f.adminOf("mema"))
                .body(Map.of("sharesAggregates", true))
                .put(CONSENT, f.networkId, f.memberAId)
                .then()
                .statusCode(428);
        as(f.adminOf("mema"))
                .header("If-Match", "\"99\"")
                .body(Map.of("sharesAggregates", true))
                .put(CONSENT, f.networkId, f.memberAId)
                .then()
                .statusCode(412);
        as(f.adminOf("mema"))
                .header("If-Match", etag)
                .body(Map.of())
                .put(CONSENT, f.networkId, f.memberAId)
                .then()
                .statusCode(400);
        // An invitation is no membership yet: nothing to consent for.
        as(f.adminOf("inv"))
                .header("If-Match", etagOf(f, f.invitedId))
                .body(Map.of("sharesAggregates", true))
                .put(CONSENT, f.networkId, f.invitedId)
                .then()
                .statusCode(422);
        assertFalse(getMember(f, f.memberAId).getBoolean("sharesAggregates"));

        String consented = as(f.adminOf("mema"))
                .header("If-Match", etag)
                .body(Map.of("sharesAggregates", true))
                .put(CONSENT, f.networkId, f.memberAId)
                .then()
                .statusCode(200)
                .body("sharesAggregates", equalTo(true))
                .body("aggregatesDecidedBy", equalTo("mema-" + f.suffix + "-admin"))
                .body("aggregatesDecidedAt", notNullValue())
                .extract()
                .header("ETag");
        assertEquals(true, getMember(f, f.memberAId).getBoolean("sharesAggregates"));
        // The coordinator cannot withdraw it for the member either.
        as(f.coordinatorAdmin())
                .header("If-Match", consented)
                .body(Map.of("sharesAggregates", false))
                .put(CONSENT, f.networkId, f.memberAId)
                .then()
                .statusCode(403);
        as(f.adminOf("mema"))
                .header("If-Match", consented)
                .body(Map.of("sharesAggregates", false))
                .put(CONSENT, f.networkId, f.memberAId)
                .then()
                .statusCode(200)
                .body("sharesAggregates", equalTo(false))
                .body("aggregatesDecidedBy", equalTo("mema-" + f.suffix + "-admin"));

        // Both decisions are in the change record, with who made them.
        assertEquals(
                List.of("false>true mema-" + f.suffix + "-admin", "true>false mema-" + f.suffix + "-admin"),
                consentChanges(UUID.fromString(f.memberAId)));
    }

    @Test
    void withConsentTheRowCountsAllRecordsAsFiguresWithoutOnlyTheSharedOnes() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        String a = f.editorOf("mema");
        Api.createStrategy(a, Map.of("title", "Geteilte Strategie", "visibility", "NETWORK"));
        String secret = Api.createStrategy(a, Map.of("title", "Geheimstrategie", "visibility", "PRIVATE"));
        component(a, secret, "VISION");
        component(a, secret, "GOAL");
        String shared = project(a, "Bauteilbörse", "NETWORK", List.of("CONSTRUCTION_BUILDINGS"));
        measure(a, shared, 10);
        String hidden = project(a, "Geheimprojekt", "PRIVATE", List.of("FOOD_NUTRITION", "CONSTRUCTION_BUILDINGS"));
        measure(a, hidden, 99);
        workshop(a, "NETWORK", "HELD");
        workshop(a, "PRIVATE", "HELD");
        workshop(a, "PRIVATE", "PLANNED");
        // Member B's private work counts for nobody, consent of A or not.
        String b = f.editorOf("memb");
        Api.createStrategy(b, Map.of("title", "Geheim B", "visibility", "PRIVATE"));
        measure(b, project(b, "Geheim B", "PRIVATE", List.of("PROCUREMENT")), 1000);

        Map<String, Object> before = memberOf(dashboard(f), f.memberA);
        assertEquals("SHARED_RECORDS", before.get("basis"));
        assertEquals(1, before.get("strategies"));
        assertEquals(0, before.get("strategyCompleteness"));
        assertEquals(1, at(before, "projects", "total"));
        assertEquals(
                List.of(Map.of("fieldOfAction", "CONSTRUCTION_BUILDINGS", "count", 1)),
                at(before, "projects", "byFieldOfAction"));
        assertEquals(10.0f, ((Number) at(before, "projects", "impact", "co2eTonnesPerYear")).floatValue());
        assertEquals(1, before.get("workshopsHeld"));

        consent(f, f.memberAId, true);
        JsonPath withConsent = dashboard(f);
        Map<String, Object> after = memberOf(withConsent, f.memberA);
        assertEquals("AGGREGATES_CONSENTED", after.get("basis"));
        assertEquals(2, after.get("strategies"));
        assertEquals(0, after.get("adoptedStrategies"));
        // The mean of 0 % and 2 of the 7 component types (29 %).
        assertEquals(15, after.get("strategyCompleteness"));
        assertEquals(2, at(after, "projects", "total"));
        assertEquals(List.of(Map.of("status", "IDEA", "count", 2)), at(after, "projects", "byStatus"));
        assertEquals(
                List.of(
                        Map.of("fieldOfAction", "CONSTRUCTION_BUILDINGS", "count", 2),
                        Map.of("fieldOfAction", "FOOD_NUTRITION", "count", 1)),
                at(after, "projects", "byFieldOfAction"));
        assertEquals(109.0f, ((Number) at(after, "projects", "impact", "co2eTonnesPerYear")).floatValue());
        assertEquals(2, after.get("workshopsHeld"));
        Map<String, Object> ofB = memberOf(withConsent, f.memberB);
        assertEquals("SHARED_RECORDS", ofB.get("basis"));
        assertEquals(0, ofB.get("strategies"));
        assertEquals(0, at(ofB, "projects", "total"));

        // Figures only: no private record's title reaches the dashboard or its export, for any reader.
        for (String token : List.of(f.viewerOf("coord"), f.viewerOf("memb"))) {
            String body = as(token)
                    .get(DASHBOARD, f.networkId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertFalse(body.contains("Geheim"), body);
            String csv = as(token)
                    .accept("text/csv")
                    .get(DASHBOARD + "/export", f.networkId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertFalse(csv.contains("Geheim"), csv);
            assertTrue(csv.lines().findFirst().orElseThrow().contains("Basis"), csv);
            String rowOfA = csv.lines()
                    .filter(l -> l.startsWith("Mema-" + f.suffix))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(csv));
            String[] cells = rowOfA.split(",");
            assertEquals("AGGREGATES_CONSENTED", cells[2], rowOfA);
            assertEquals("2", cells[3], rowOfA);
            String rowOfB = csv.lines()
                    .filter(l -> l.startsWith("Memb-" + f.suffix))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(csv));
            assertEquals("SHARED_RECORDS", rowOfB.split(",")[2], rowOfB);
        }

        // Withdrawing takes effect with the next read.
        consent(f, f.memberAId, false);
        Map<String, Object> withdrawn = memberOf(dashboard(f), f.memberA);
        assertEquals(before, withdrawn);
    }

    @Test
    void consentHoldsForOneNetworkAndEndsWithTheMembership() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        String a = f.editorOf("mema");
        project(a, "Geheimprojekt", "PRIVATE", List.of("PROCUREMENT"));
        consent(f, f.memberAId, true);
        assertEquals(1, at(memberOf(dashboard(f), f.memberA), "projects", "total"));

        // Another network of the same coordinator with the same member: no consent there.
        String other = as(f.coordinatorAdmin())
                .body(NetworkFixtures.network("Zweites Netz " + f.suffix))
                .post(NetworkFixtures.NETWORKS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String otherMembership = as(f.coordinatorAdmin())
                .body(Map.of("organizationId", f.memberA.toString()))
                .post(NetworkFixtures.MEMBERS, other)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(f.adminOf("mema"))
                .post(NetworkFixtures.MEMBER + "/accept", other, otherMembership)
                .then()
                .statusCode(200);
        JsonPath ofOther = as(f.viewerOf("coord"))
                .get(DASHBOARD, other)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("SHARED_RECORDS", memberOf(ofOther, f.memberA).get("basis"));
        assertEquals(0, at(memberOf(ofOther, f.memberA), "projects", "total"));

        // Leaving ends the consent: a new membership starts without it.
        as(f.adminOf("mema"))
                .post(NetworkFixtures.MEMBER + "/leave", f.networkId, f.memberAId)
                .then()
                .statusCode(200)
                .body("sharesAggregates", equalTo(false))
                .body("aggregatesDecidedBy", equalTo("mema-" + f.suffix + "-admin"));
        List<Map<String, Object>> rows = dashboard(f).getList("members");
        assertEquals(1, rows.size());
        String again = f.invite(f.memberA);
        f.accept(again, f.adminOf("mema"));
        as(f.viewerOf("mema"))
                .get(NetworkFixtures.MEMBER, f.networkId, again)
                .then()
                .statusCode(200)
                .body("sharesAggregates", equalTo(false))
                .body("aggregatesDecidedAt", nullValue());
        assertEquals("SHARED_RECORDS", memberOf(dashboard(f), f.memberA).get("basis"));
        assertEquals(0, at(memberOf(dashboard(f), f.memberA), "projects", "total"));

        // Removal by the coordinator ends it as well.
        consent(f, f.memberBId, true);
        as(f.coordinatorAdmin())
                .post(NetworkFixtures.MEMBER + "/remove", f.networkId, f.memberBId)
                .then()
                .statusCode(200)
                .body("sharesAggregates", equalTo(false));
    }

    private static void consent(NetworkFixtures f, String memberId, boolean consent) {
        as(f.adminOf(memberId.equals(f.memberAId) ? "mema" : "memb"))
                .header("If-Match", etagOf(f, memberId))
                .body(Map.of("sharesAggregates", consent))
                .put(CONSENT, f.networkId, memberId)
                .then()
                .statusCode(200)
                .body("sharesAggregates", equalTo(consent));
    }

    private static String etagOf(NetworkFixtures f, String memberId) {
        return as(f.coordinatorAdmin())
                .get(NetworkFixtures.MEMBER, f.networkId, memberId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static JsonPath getMember(NetworkFixtures f, String memberId) {
        return as(f.coordinatorAdmin())
                .get(NetworkFixtures.MEMBER, f.networkId, memberId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath dashboard(NetworkFixtures f) {
        return as(f.viewerOf("coord"))
                .get(DASHBOARD, f.networkId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private List<String> consentChanges(UUID memberId) throws Exception {
        List<String> changes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select changes -> 'shares_aggregates' ->> 'before', changes -> 'shares_aggregates' ->> 'after',"
                                + " actor from change_record where resource_type = 'network-member' and record_id = ?"
                                + " and operation = 'UPDATE' and changes -> 'shares_aggregates' is not null order by seq")) {
            statement.setObject(1, memberId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    changes.add(rows.getString(1) + ">" + rows.getString(2) + " " + rows.getString(3));
                }
            }
        }
        return changes;
    }

    private static Map<String, Object> memberOf(JsonPath dashboard, UUID organizationId) {
        List<Map<String, Object>> members = dashboard.getList("members");
        return members.stream()
                .filter(m -> organizationId.toString().equals(at(m, "organization", "id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(dashboard.prettify()));
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> map, String... path) {
        Object node = map;
        for (String key : path) {
            node = ((Map<String, Object>) node).get(key);
        }
        return node;
    }

    private static void component(String token, String strategy, String type) {
        as(token)
                .body(Map.of("type", type, "title", "Geheimer Inhalt " + type))
                .post("/api/v1/strategies/{s}/components", strategy)
                .then()
                .statusCode(201);
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
        body.put("title", "Geheime Werkstatt " + visibility + " " + status);
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
}
