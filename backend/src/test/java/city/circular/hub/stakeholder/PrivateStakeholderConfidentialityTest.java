package city.circular.hub.stakeholder;

import static city.circular.hub.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import city.circular.hub.support.Api;
import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A PRIVATE stakeholder is named only to members of its organisation: wherever a shared record (a NETWORK or PUBLIC
 * starter project, workshop or analysis) shows stakeholders, another organisation sees the readable ones and not
 * this one, in JSON and in every export.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PrivateStakeholderConfidentialityTest {

    static final String EDITOR = Tokens.member("musterstadt", "editor");
    static final String PEER = Tokens.member("nachbarstadt", "viewer");
    static final String STRANGER = Tokens.member("eksempelby", "viewer");

    @Inject
    Organizations organizations;

    String secret;
    String secretId;
    String open;
    String openId;
    String publicProject;
    String networkProject;
    String workshop;
    String analysis;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
        String run = UUID.randomUUID().toString();
        secret = "Geheim GmbH " + run;
        open = "Offene Kammer " + run;
        secretId = stakeholder(secret, "PRIVATE");
        openId = stakeholder(open, "PUBLIC");
        List<Map<String, Object>> parties = List.of(
                Map.of("stakeholderId", secretId, "role", "RESPONSIBLE"),
                Map.of("stakeholderId", openId, "role", "RESPONSIBLE"),
                Map.of("stakeholderId", secretId, "role", "CONSULTED"));
        publicProject = created(
                "/api/v1/starter-projects",
                Map.of("title", "Öffentlich " + run, "visibility", "PUBLIC", "parties", parties));
        networkProject = created(
                "/api/v1/starter-projects",
                Map.of("title", "Netzwerk " + run, "visibility", "NETWORK", "parties", parties));
        workshop = created(
                "/api/v1/workshops",
                Map.of(
                        "title", "Werkstatt " + run,
                        "purpose", "KICK_OFF",
                        "format", "IN_PERSON",
                        "place", "Rathaus",
                        "startsAt", "2026-03-10T09:00:00Z",
                        "endsAt", "2026-03-10T12:00:00Z",
                        "capacity", 30,
                        "visibility", "PUBLIC",
                        "facilitators", List.of(Map.of("stakeholderId", secretId), Map.of("stakeholderId", openId))));
        for (String s : List.of(secretId, openId)) {
            as(EDITOR)
                    .body(Map.of("stakeholderId", s))
                    .post("/api/v1/workshops/{id}/participants", workshop)
                    .then()
                    .statusCode(201);
        }
        String strategy = Api.createStrategy(EDITOR, Map.of("title", "Strategie " + run, "visibility", "PUBLIC"));
        analysis = created(
                "/api/v1/stakeholder-analyses",
                Map.of(
                        "strategyId",
                        strategy,
                        "title",
                        "Analyse " + run,
                        "method",
                        "WORKSHOP",
                        "visibility",
                        "PUBLIC"));
        for (String s : List.of(secretId, openId)) {
            as(EDITOR)
                    .body(Map.of(
                            "power",
                            4,
                            "interest",
                            4,
                            "attitude",
                            1,
                            "engagementCurrent",
                            "NEUTRAL",
                            "engagementDesired",
                            "SUPPORTIVE"))
                    .put("/api/v1/stakeholder-analyses/{a}/ratings/{s}", analysis, s)
                    .then()
                    .statusCode(201);
        }
    }

    private String stakeholder(String name, String visibility) {
        return created("/api/v1/stakeholders", Map.of("name", name, "sector", "BUSINESS", "visibility", visibility));
    }

    private static String created(String path, Map<String, Object> body) {
        return as(EDITOR)
                .body(body)
                .post(path)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Every answer in which a stakeholder of a shared record can be named, as the given caller reads it. */
    private List<String> everyPlaceNamingStakeholders(String token, boolean network) {
        String project = network ? networkProject : publicProject;
        return List.of(
                json(token, "/api/v1/starter-projects/" + project),
                json(token, "/api/v1/starter-projects?limit=100"),
                file(token, "/api/v1/starter-projects/export", "csv"),
                file(token, "/api/v1/starter-projects/export", "xlsx"),
                json(token, "/api/v1/workshops/" + workshop),
                json(token, "/api/v1/workshops/" + workshop + "/participants"),
                file(token, "/api/v1/workshops/" + workshop + "/participants/export", "csv"),
                file(token, "/api/v1/workshops/" + workshop + "/participants/export", "xlsx"),
                json(token, "/api/v1/stakeholder-analyses/" + analysis + "/ratings"));
    }

    private static String json(String token, String path) {
        return as(token).get(path).then().statusCode(200).extract().asString();
    }

    private static String file(String token, String path, String format) {
        byte[] bytes = given().auth()
                .oauth2(token)
                .queryParam("format", format)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        return format.equals("xlsx") ? unzipped(bytes) : new String(bytes, StandardCharsets.UTF_8);
    }

    private static String unzipped(byte[] xlsx) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                var rows = workbook.getFirstSheet().openStream()) {
            return rows.flatMap(Row::stream)
                    .filter(cell -> cell != null)
                    .map(Cell::getText)
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void ownerSeesEveryStakeholderEverywhere() {
        for (String answer : everyPlaceNamingStakeholders(EDITOR, false)) {
            assertTrue(answer.contains(secret), answer);
            assertTrue(answer.contains(open), answer);
        }
    }

    @Test
    void networkPeerSeesNoPrivateStakeholderInAnyPlace() {
        for (boolean network : new boolean[] {true, false}) {
            for (String answer : everyPlaceNamingStakeholders(PEER, network)) {
                assertFalse(answer.contains(secret), answer);
                assertFalse(answer.contains(secretId), answer);
                assertTrue(answer.contains(open), answer);
            }
        }
    }

    @Test
    void otherOrganisationSeesNoPrivateStakeholderInAnyPlace() {
        for (String answer : everyPlaceNamingStakeholders(STRANGER, false)) {
            assertFalse(answer.contains(secret), answer);
            assertFalse(answer.contains(secretId), answer);
            assertTrue(answer.contains(open), answer);
        }
    }

    @Test
    void projectPartiesAndResponsibleListOnlyReadableStakeholders() {
        as(STRANGER)
                .get("/api/v1/starter-projects/{id}", publicProject)
                .then()
                .statusCode(200)
                .body("parties.stakeholderId", equalTo(List.of(openId)))
                .body("parties.name", equalTo(List.of(open)));
        as(PEER).queryParam("responsibleStakeholderId", openId)
                .get("/api/v1/starter-projects")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(networkProject, publicProject)))
                .body("items[0].responsible", equalTo(List.of(open)));
        as(EDITOR)
                .get("/api/v1/starter-projects/{id}", publicProject)
                .then()
                .body("parties.stakeholderId", containsInAnyOrder(secretId, openId, secretId));
    }

    @Test
    void filteringByAPrivateStakeholderRevealsNothing() {
        as(STRANGER)
                .queryParam("responsibleStakeholderId", secretId)
                .get("/api/v1/starter-projects")
                .then()
                .statusCode(200)
                .body("items", empty());
        as(EDITOR)
                .queryParam("responsibleStakeholderId", secretId)
                .get("/api/v1/starter-projects")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(networkProject, publicProject)));
    }
}
