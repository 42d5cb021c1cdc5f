package city.circular.hub.apiclient;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FakeKeycloak.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ApiClientTest {

    private static final String PATH = "/api/v1/organizations/{id}/api-clients";
    private static final String ONE = PATH + "/{clientId}";
    private static final String TOKEN_PATH = "/realms/circular-city/protocol/openid-connect/token";
    private static final String CLIENTS_PATH = "/admin/realms/circular-city/clients";

    @Inject
    Organizations organizations;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void reset() {
        FakeKeycloak.reset();
    }

    private static Map<String, Object> input(String name, String role) {
        return Map.of("name", name, "description", "Nightly export", "role", role);
    }

    private static JsonPath create(String token, UUID organization, String name, String role) {
        return as(token)
                .body(input(name, role))
                .post(PATH, organization)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static void assertProblem(io.restassured.response.Response response, int status, String type) {
        response.then()
                .statusCode(status)
                .contentType(PROBLEM)
                .body("status", equalTo(status))
                .body("type", equalTo("https://circular-city-hub.example/problems/" + type));
    }

    @Test
    void adminCreatesAClientBoundToTheOrganizationAndRoleAndSeesTheSecretOnce() throws Exception {
        UUID org = organizations.create("clients-create");
        String admin = Tokens.member("clients-create", "admin");

        JsonPath created = as(admin)
                .body(input("  Projektdatenbank  ", "EDITOR"))
                .post(PATH, org)
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", matchesPattern(".*/api/v1/organizations/" + org + "/api-clients/[0-9a-f-]{36}"))
                .body("organizationId", equalTo(org.toString()))
                .body("clientId", matchesPattern("cch-clients-create-[0-9a-f]{8}"))
                .body("name", equalTo("Projektdatenbank"))
                .body("description", equalTo("Nightly export"))
                .body("role", equalTo("EDITOR"))
                .body("createdBy", equalTo("clients-create-admin"))
                .extract()
                .jsonPath();

        // The hub signed in as its service account, created the client, read its secret: nothing else.
        List<FakeKeycloak.Seen> seen = FakeKeycloak.seen;
        assertEquals(
                List.of("POST " + TOKEN_PATH, "POST " + CLIENTS_PATH, "GET " + CLIENTS_PATH + "/"),
                seen.stream()
                        .map(s -> s.method() + " " + s.path().replaceAll("/[0-9a-f-]{36}.*", "/"))
                        .toList());
        assertEquals("application/x-www-form-urlencoded", seen.get(0).contentType());
        assertEquals(
                "grant_type=client_credentials&client_id=cch-provisioner&client_secret=provisioner-test-secret",
                seen.get(0).body());
        assertEquals("Bearer " + FakeKeycloak.ADMIN_TOKEN, seen.get(1).authorization());
        assertEquals("application/json", seen.get(1).contentType());
        String keycloakId = seen.get(2).path().split("/")[5];
        assertEquals(
                CLIENTS_PATH + "/" + keycloakId + "/client-secret", seen.get(2).path());
        assertEquals(FakeKeycloak.secretOf(keycloakId), created.getString("clientSecret"));

        JsonPath representation = JsonPath.from(seen.get(1).body());
        assertEquals(created.getString("clientId"), representation.getString("clientId"));
        assertEquals("Clients-create: Projektdatenbank", representation.getString("name"));
        assertEquals(Boolean.FALSE, representation.get("publicClient"));
        assertEquals(Boolean.TRUE, representation.get("serviceAccountsEnabled"));
        assertEquals(Boolean.FALSE, representation.get("standardFlowEnabled"));
        assertEquals(Boolean.FALSE, representation.get("implicitFlowEnabled"));
        assertEquals(Boolean.FALSE, representation.get("directAccessGrantsEnabled"));
        assertEquals(Boolean.FALSE, representation.get("fullScopeAllowed"));
        assertFalse(representation.getMap("").containsKey("secret"));
        assertEquals(
                List.of("basic", "profile", "roles", "service_account"), representation.getList("defaultClientScopes"));
        assertEquals(
                Map.of(
                        "included.custom.audience", "cch-api",
                        "access.token.claim", "true",
                        "id.token.claim", "false",
                        "introspection.token.claim", "true"),
                representation.getMap("protocolMappers.find { it.protocolMapper == 'oidc-audience-mapper' }.config"));
        Map<String, String> groups = representation.getMap(
                "protocolMappers.find { it.protocolMapper == 'oidc-hardcoded-claim-mapper' }.config");
        assertEquals("groups", groups.get("claim.name"));
        assertEquals("JSON", groups.get("jsonType.label"));
        assertEquals("[\"/organizations/clients-create/editor\"]", groups.get("claim.value"));
        assertEquals("true", groups.get("access.token.claim"));

        // The secret is never shown again and not kept by the hub.
        String id = created.getString("id");
        as(admin)
                .get(PATH, org)
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].id", equalTo(id))
                .body("[0].clientId", equalTo(created.getString("clientId")))
                .body("[0]", not(hasKey("clientSecret")));
        as(admin).get(ONE, org, id).then().statusCode(200).body("$", not(hasKey("clientSecret")));
        assertFalse(columnsContain(FakeKeycloak.secretOf(keycloakId)));
    }

    @Test
    void viewerRoleBindsTheViewerGroup() {
        UUID org = organizations.create("clients-viewer");
        create(Tokens.member("clients-viewer", "admin"), org, "Reader", "VIEWER");
        Map<String, String> groups = JsonPath.from(FakeKeycloak.seen.get(1).body())
                .getMap("protocolMappers.find { it.protocolMapper == 'oidc-hardcoded-claim-mapper' }.config");
        assertEquals("[\"/organizations/clients-viewer/viewer\"]", groups.get("claim.value"));
    }

    @Test
    void revokingDeletesTheKeycloakClientAndTheRecord() {
        UUID org = organizations.create("clients-revoke");
        String admin = Tokens.member("clients-revoke", "admin");
        String id = create(admin, org, "Old script", "EDITOR").getString("id");
        String keycloakId = FakeKeycloak.seen.get(2).path().split("/")[5];
        FakeKeycloak.reset();

        as(admin).delete(ONE, org, id).then().statusCode(204);

        assertEquals(
                List.of("POST " + TOKEN_PATH, "DELETE " + CLIENTS_PATH + "/" + keycloakId),
                FakeKeycloak.seen.stream().map(s -> s.method() + " " + s.path()).toList());
        assertEquals(
                "Bearer " + FakeKeycloak.ADMIN_TOKEN, FakeKeycloak.seen.get(1).authorization());
        assertFalse(FakeKeycloak.clients.contains(keycloakId));
        as(admin).get(PATH, org).then().statusCode(200).body("size()", equalTo(0));
        assertProblem(as(admin).get(ONE, org, id), 404, "not-found");
        assertProblem(as(admin).delete(ONE, org, id), 404, "not-found");
    }

    @Test
    void revokingAClientKeycloakNoLongerHasStillRemovesTheRecord() {
        UUID org = organizations.create("clients-gone");
        String admin = Tokens.member("clients-gone", "admin");
        String id = create(admin, org, "Script", "EDITOR").getString("id");
        FakeKeycloak.clients.clear();

        as(admin).delete(ONE, org, id).then().statusCode(204);
        as(admin).get(PATH, org).then().body("size()", equalTo(0));
    }

    @Test
    void aFailedDeletionInKeycloakKeepsTheRecordSoThatRevokingCanBeRetried() {
        UUID org = organizations.create("clients-keep");
        String admin = Tokens.member("clients-keep", "admin");
        String id = create(admin, org, "Script", "EDITOR").getString("id");
        FakeKeycloak.failures.put(FakeKeycloak.Step.DELETE, 500);

        assertProblem(as(admin).delete(ONE, org, id), 502, "upstream-refused");
        as(admin).get(PATH, org).then().body("size()", equalTo(1));

        FakeKeycloak.failures.clear();
        as(admin).delete(ONE, org, id).then().statusCode(204);
    }

    @Test
    void onlyTheOrganizationsAdminsAndPlatformAdminsManageItsClients() {
        UUID org = organizations.create("clients-roles");
        UUID other = organizations.create("clients-other");
        String admin = Tokens.member("clients-roles", "admin");
        String id = create(admin, org, "Script", "EDITOR").getString("id");
        FakeKeycloak.reset();

        for (String token :
                List.of(Tokens.member("clients-roles", "editor"), Tokens.member("clients-roles", "viewer"))) {
            assertProblem(as(token).get(PATH, org), 403, "forbidden");
            assertProblem(as(token).get(ONE, org, id), 403, "forbidden");
            assertProblem(as(token).body(input("Mine", "VIEWER")).post(PATH, org), 403, "forbidden");
            assertProblem(as(token).delete(ONE, org, id), 403, "forbidden");
        }
        String stranger = Tokens.member("clients-other", "admin");
        assertProblem(as(stranger).get(PATH, org), 404, "not-found");
        assertProblem(as(stranger).get(ONE, org, id), 404, "not-found");
        assertProblem(as(stranger).body(input("Mine", "VIEWER")).post(PATH, org), 404, "not-found");
        assertProblem(as(stranger).delete(ONE, org, id), 404, "not-found");
        // Through its own organization's address, another organization's client does not exist.
        assertProblem(as(stranger).get(ONE, other, id), 404, "not-found");
        assertProblem(as(stranger).delete(ONE, other, id), 404, "not-found");
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body(input("Mine", "VIEWER"))
                        .post(PATH, org),
                401,
                "unauthenticated");
        assertTrue(FakeKeycloak.seen.isEmpty(), "no refused request reached Keycloak");

        String platform = Tokens.platformAdmin();
        as(platform).get(PATH, org).then().statusCode(200).body("size()", equalTo(1));
        String byPlatform = create(platform, org, "Platform's", "VIEWER").getString("id");
        as(platform).delete(ONE, org, byPlatform).then().statusCode(204);
        assertProblem(as(platform).get(PATH, UUID.randomUUID()), 404, "not-found");
    }

    @Test
    void rejectsInvalidInputWithoutAskingKeycloak() {
        UUID org = organizations.create("clients-invalid");
        String admin = Tokens.member("clients-invalid", "admin");
        List<Map<String, Object>> invalid = List.of(
                Map.of("description", "no name", "role", "EDITOR"),
                Map.of("name", "   ", "role", "EDITOR"),
                Map.of("name", "x".repeat(101), "role", "EDITOR"),
                Map.of("name", "Script", "description", "x".repeat(501), "role", "EDITOR"),
                Map.of("name", "Script"),
                Map.of("name", "Script", "role", "ADMIN"),
                Map.of("name", "Script", "role", "EDITOR", "secret", "chosen"));
        for (Map<String, Object> body : invalid) {
            io.restassured.response.Response response = as(admin).body(body).post(PATH, org);
            assertEquals(400, response.statusCode(), body.toString());
            assertEquals(PROBLEM, response.contentType().split(";")[0]);
        }
        as(admin)
                .body(input("Script", "EDITOR"))
                .post("/api/v1/organizations/not-a-uuid/api-clients")
                .then()
                .statusCode(404);
        assertTrue(FakeKeycloak.seen.isEmpty());
        as(admin).get(PATH, org).then().body("size()", equalTo(0));
    }

    @Test
    void keycloakRefusingTheCreationAnswers502AndLeavesNothing() {
        UUID org = organizations.create("clients-refused");
        String admin = Tokens.member("clients-refused", "admin");
        FakeKeycloak.failures.put(FakeKeycloak.Step.CREATE, 409);

        assertProblem(as(admin).body(input("Script", "EDITOR")).post(PATH, org), 502, "upstream-refused");
        as(admin).get(PATH, org).then().body("size()", equalTo(0));
    }

    @Test
    void unreadableSecretDeletesTheNewKeycloakClient() {
        UUID org = organizations.create("clients-nosecret");
        String admin = Tokens.member("clients-nosecret", "admin");
        FakeKeycloak.failures.put(FakeKeycloak.Step.SECRET, 500);

        assertProblem(as(admin).body(input("Script", "EDITOR")).post(PATH, org), 502, "upstream-refused");

        String keycloakId = FakeKeycloak.seen.get(2).path().split("/")[5];
        FakeKeycloak.Seen last = FakeKeycloak.seen.getLast();
        assertEquals("DELETE " + CLIENTS_PATH + "/" + keycloakId, last.method() + " " + last.path());
        assertFalse(FakeKeycloak.clients.contains(keycloakId));
        as(admin).get(PATH, org).then().body("size()", equalTo(0));
    }

    @Test
    void aFailedHubRecordDeletesTheNewKeycloakClient() {
        UUID org = organizations.create("clients-vanishing");
        String admin = Tokens.member("clients-vanishing", "admin");
        // The organization is deleted while Keycloak creates the client: the hub's insert fails on its reference.
        FakeKeycloak.duringCreate = () -> execute("delete from organization where id = ?", org);

        int status = as(admin).body(input("Script", "EDITOR")).post(PATH, org).statusCode();

        assertTrue(status >= 400, "answered " + status);
        List<String> requests = FakeKeycloak.admin().stream()
                .map(s -> s.method() + " " + s.path().replaceAll("[0-9a-f-]{36}", "{id}"))
                .toList();
        assertEquals(
                List.of(
                        "POST " + CLIENTS_PATH,
                        "GET " + CLIENTS_PATH + "/{id}/client-secret",
                        "DELETE " + CLIENTS_PATH + "/{id}"),
                requests);
        String keycloakId = FakeKeycloak.admin().get(1).path().split("/")[5];
        assertEquals(
                CLIENTS_PATH + "/" + keycloakId, FakeKeycloak.admin().get(2).path());
        assertFalse(FakeKeycloak.clients.contains(keycloakId));
        assertEquals(0, count("select count(*) from api_client where client_id like 'cch-clients-vanishing-%'"));
    }

    @Test
    void aRefusedServiceAccountAnswers502() {
        UUID org = organizations.create("clients-token");
        FakeKeycloak.failures.put(FakeKeycloak.Step.TOKEN, 401);
        assertProblem(
                as(Tokens.member("clients-token", "admin"))
                        .body(input("Script", "EDITOR"))
                        .post(PATH, org),
                502,
                "upstream-refused");
        assertEquals(1, FakeKeycloak.seen.size());
    }

    @Test
    void keycloakNotAnsweringInTimeAnswers503() {
        UUID org = organizations.create("clients-slow");
        String admin = Tokens.member("clients-slow", "admin");
        create(admin, org, "Warm-up", "VIEWER");
        FakeKeycloak.failures.put(FakeKeycloak.Step.CREATE, -1);
        long started = System.nanoTime();
        assertProblem(as(admin).body(input("Script", "EDITOR")).post(PATH, org), 503, "unavailable");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 15_000, "bounded by the two-second timeout, not the 20 s Keycloak takes: " + millis);
        as(admin).get(PATH, org).then().body("size()", equalTo(1));
    }

    private boolean columnsContain(String text) {
        return count("select count(*) from api_client where cast(api_client.* as text) like '%" + text + "%'") > 0;
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            var rs = s.executeQuery();
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql, UUID id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
