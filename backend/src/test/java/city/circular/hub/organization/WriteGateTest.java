package city.circular.hub.organization;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.anyOf;
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
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Changing an existing record is authorised before the body is read: a caller who may only read the record (403)
 * or may not even see it (404) gets the short answer the service would give, whatever the body, and never makes the
 * server validate it. Those who may change it still get their field errors. Every operation that changes a record
 * named in its path is listed here; a child that does not exist is refused for its parent.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WriteGateTest {

    /** Invalid everywhere: blank names, an unknown field and an array far above any bound. */
    private static final Map<String, Object> INVALID =
            Map.of("title", " ", "name", " ", "notAField", true, "fieldsOfAction", Collections.nCopies(900, "x"));

    private record Write(String method, String path) {}

    @Inject
    Organizations organizations;

    private String owner;
    private String outsider;

    @BeforeEach
    void setUp() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        owner = "wg-own-" + suffix;
        outsider = "wg-out-" + suffix;
        organizations.create(owner);
        organizations.create(outsider);
    }

    @Test
    void tenantRecordsRefuseReadersAndOutsidersBeforeValidating() {
        List<Write> writes = tenantWrites(Tokens.member(owner, "editor"));
        refuse(writes, Tokens.member(owner, "viewer"), 403);
        refuse(writes, Tokens.member(outsider, "editor"), 404);
        stillValidates(writes, Tokens.member(owner, "editor"));
    }

    @Test
    void networksAndWebhooksRefuseBeforeValidating() {
        String coordinator = "wg-coord-" + UUID.randomUUID().toString().substring(0, 8);
        organizations.create(coordinator, OrganizationKind.NETWORK_COORDINATOR);
        String network = as(Tokens.member(coordinator, "admin"))
                .body(Map.of("name", "Netz " + coordinator, "kind", "CITY_CONSORTIUM"))
                .post("/api/v1/networks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<Write> planning = List.of(
                new Write("POST", "/api/v1/networks/" + network + "/events"),
                new Write("PUT", "/api/v1/networks/" + network + "/events/" + UUID.randomUUID()));
        Write renaming = new Write("PUT", "/api/v1/networks/" + network);
        String assignments = "/api/v1/networks/" + network + "/advisor-assignments";
        String assignment = assignments + "/" + UUID.randomUUID();
        List<Write> assigning = List.of(new Write("POST", assignments), new Write("PUT", assignment));
        List<Write> checkingIn = List.of(
                new Write("POST", assignment + "/check-ins"),
                new Write("PUT", assignment + "/check-ins/" + UUID.randomUUID()));
        refuse(assigning, Tokens.member(coordinator, "editor"), 403);
        refuse(checkingIn, Tokens.member(coordinator, "viewer"), 403);
        refuse(assigning, Tokens.member(outsider, "admin"), 404);
        refuse(checkingIn, Tokens.member(outsider, "admin"), 404);
        stillValidates(assigning, Tokens.member(coordinator, "admin"));
        stillValidates(checkingIn, Tokens.member(coordinator, "editor"));
        refuse(planning, Tokens.member(coordinator, "viewer"), 403);
        refuse(List.of(renaming), Tokens.member(coordinator, "editor"), 403);
        refuse(planning, Tokens.member(outsider, "editor"), 404);
        refuse(List.of(renaming), Tokens.member(outsider, "admin"), 404);
        stillValidates(planning, Tokens.member(coordinator, "editor"));
        stillValidates(List.of(renaming), Tokens.member(coordinator, "admin"));

        String webhook = as(Tokens.member(owner, "admin"))
                .body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("strategy")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<Write> subscription = List.of(new Write("PUT", "/api/v1/webhooks/" + webhook));
        refuse(subscription, Tokens.member(owner, "editor"), 403);
        refuse(subscription, Tokens.member(outsider, "admin"), 404);
        stillValidates(subscription, Tokens.member(owner, "admin"));
    }

    @Test
    void nothingChangesWhenTheGateRefuses() {
        String editor = Tokens.member(owner, "editor");
        String strategy = Api.createStrategy(editor, Map.of("title", "Unverändert"));
        for (String token : List.of(Tokens.member(owner, "viewer"), Tokens.member(outsider, "editor"))) {
            as(token)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("title", "Übernommen"))
                    .put("/api/v1/strategies/{id}", strategy)
                    .then()
                    .statusCode(anyOf(equalTo(403), equalTo(404)));
        }
        Api.getStrategy(editor, strategy)
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("title", equalTo("Unverändert"));
    }

    private static void refuse(List<Write> writes, String token, int status) {
        for (Write write : writes) {
            int answered = as(token)
                    .header("If-Match", "\"0\"")
                    .body(INVALID)
                    .request(write.method(), write.path())
                    .then()
                    .contentType(PROBLEM)
                    .body("errors", nullValue())
                    .extract()
                    .statusCode();
            assertEquals(status, answered, write.method() + " " + write.path());
        }
    }

    private static void stillValidates(List<Write> writes, String token) {
        for (Write write : writes) {
            int answered = as(token)
                    .header("If-Match", "\"0\"")
                    .body(INVALID)
                    .request(write.method(), write.path())
                    .then()
                    .contentType(PROBLEM)
                    .extract()
                    .statusCode();
            assertEquals(400, answered, write.method() + " " + write.path());
        }
    }

    /** One record of each kind owned by the editor's organization, and every write on it and its parts. */
    private static List<Write> tenantWrites(String editor) {
        String strategy = Api.createStrategy(editor, Map.of("title", "Strategie"));
        String project = created(editor, "/api/v1/starter-projects", Map.of("title", "Materialbörse"));
        String stakeholder =
                created(editor, "/api/v1/stakeholders", Map.of("name", "Handwerkskammer", "sector", "CHAMBER"));
        String analysis = created(
                editor,
                "/api/v1/stakeholder-analyses",
                Map.of(
                        "strategyId", strategy,
                        "title", "Analyse",
                        "method", "WORKSHOP",
                        "conductedOn", "2026-02-01",
                        "status", "COMPLETED"));
        String field = created(editor, "/api/v1/fields-of-action", Map.of("name", "Gärten " + UUID.randomUUID()));
        String workshop = created(editor, "/api/v1/workshops", workshop());
        String practice = as(editor)
                .post("/api/v1/practices/from-project/{id}", project)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String decision = created(
                editor,
                "/api/v1/council-decisions",
                Map.of("body", "Rat", "decidedOn", "2026-03-12", "reference", "DS 1", "subject", "Strategie"));
        String group = created(editor, "/api/v1/follow-groups", Map.of("name", "Begleitgruppe"));
        String part = UUID.randomUUID().toString();
        String strategies = "/api/v1/strategies/" + strategy;
        String projects = "/api/v1/starter-projects/" + project;
        String workshops = "/api/v1/workshops/" + workshop;
        return List.of(
                new Write("PUT", strategies),
                new Write("POST", strategies + "/status"),
                new Write("POST", strategies + "/components"),
                new Write("PUT", strategies + "/components/by-external-id/" + part),
                new Write("POST", strategies + "/components/bulk"),
                new Write("PUT", strategies + "/components/" + part),
                new Write("POST", strategies + "/components/" + part + "/move"),
                new Write("POST", strategies + "/indicators"),
                new Write("PUT", strategies + "/indicators/by-external-id/" + part),
                new Write("PUT", strategies + "/indicators/" + part),
                new Write("POST", strategies + "/indicators/" + part + "/values"),
                new Write("PUT", strategies + "/indicators/" + part + "/values/by-external-id/" + part),
                new Write("POST", strategies + "/indicators/" + part + "/values/bulk"),
                new Write("PUT", projects),
                new Write("POST", projects + "/status"),
                new Write("POST", projects + "/measures"),
                new Write("PUT", projects + "/measures/by-external-id/" + part),
                new Write("POST", projects + "/measures/bulk"),
                new Write("PUT", projects + "/measures/" + part),
                new Write("POST", projects + "/status-updates"),
                new Write("PUT", "/api/v1/stakeholders/" + stakeholder),
                new Write("POST", "/api/v1/stakeholders/" + stakeholder + "/contacts"),
                new Write("PUT", "/api/v1/stakeholders/" + stakeholder + "/contacts/" + part),
                new Write("PUT", "/api/v1/stakeholder-analyses/" + analysis),
                new Write("PUT", "/api/v1/stakeholder-analyses/" + analysis + "/ratings/" + part),
                new Write("PUT", "/api/v1/fields-of-action/" + field),
                new Write("PUT", workshops),
                new Write("PUT", workshops + "/agenda"),
                new Write("POST", workshops + "/participants"),
                new Write("PUT", workshops + "/participants/" + part),
                new Write("POST", workshops + "/outcomes"),
                new Write("PUT", workshops + "/outcomes/" + part),
                new Write("POST", workshops + "/outcomes/" + part + "/convert"),
                new Write("POST", workshops + "/follow-ups"),
                new Write("PUT", workshops + "/follow-ups/" + part),
                new Write("PUT", "/api/v1/practices/" + practice),
                new Write("POST", "/api/v1/practices/" + practice + "/status"),
                new Write("PUT", "/api/v1/council-decisions/" + decision),
                new Write("PUT", "/api/v1/follow-groups/" + group),
                new Write("POST", "/api/v1/follow-groups/" + group + "/meetings"),
                new Write("PUT", "/api/v1/follow-groups/" + group + "/meetings/" + part));
    }

    private static String created(String token, String path, Map<String, Object> body) {
        return as(token).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> workshop() {
        Instant start = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Ideenwerkstatt");
        body.put("purpose", "KICK_OFF");
        body.put("format", "ONLINE");
        body.put("onlineLink", "https://meet.example/w");
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plus(2, ChronoUnit.HOURS).toString());
        body.put("capacity", 20);
        return body;
    }
}
