package city.circular.hub.anchoring;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import city.circular.hub.support.Api;
import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Political anchoring of a municipality's work: council and committee decisions (linked to its own strategy or
 * project), politicians' follow groups with their meetings, and a strategy's adoption naming its decision. Tenant
 * records like the others: read as their visibility says, changed by the owner's editors, 404 for what is hidden.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PoliticalAnchoringTest {

    static final String DECISIONS = "/api/v1/council-decisions";
    static final String DECISION = DECISIONS + "/{id}";
    static final String GROUPS = "/api/v1/follow-groups";
    static final String GROUP = GROUPS + "/{id}";
    static final String MEETINGS = GROUP + "/meetings";
    static final String MEETING = MEETINGS + "/{meetingId}";

    @Inject
    Organizations organizations;

    private String owner;
    private String other;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        owner = "anchor-" + suffix;
        other = "anchor-other-" + suffix;
        organizations.create(owner);
        organizations.create(other);
    }

    static Map<String, Object> decision(String subject) {
        Map<String, Object> body = new HashMap<>();
        body.put("body", "Rat der Stadt");
        body.put("decidedOn", "2026-03-12");
        body.put("reference", "DS 0815/2026");
        body.put("subject", subject);
        return body;
    }

    private static String created(String token, String path, Map<String, Object> body, Object... params) {
        return as(token)
                .body(body)
                .post(path, params)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void editorsRecordDecisionsLinkedToTheirOwnStrategyAndProject() {
        String editor = Tokens.member(owner, "editor");
        String strategy = Api.createStrategy(editor, Map.of("title", "Strategie"));
        String project = created(editor, "/api/v1/starter-projects", Map.of("title", "Bauteilbörse"));
        Map<String, Object> body = decision(" Kreislaufstrategie ");
        body.put("body", " Ausschuss für Umwelt ");
        body.put("link", "https://ratsinfo.example/0815");
        body.put("strategyId", strategy);
        body.put("projectId", project);
        body.put("externalId", "ds-0815");
        String id = as(editor)
                .body(body)
                .post(DECISIONS)
                .then()
                .statusCode(201)
                .contentType("application/json")
                .header("ETag", "\"0\"")
                .header("Location", containsString("/council-decisions/"))
                .body("organizationId", equalTo(organizations.id(owner).toString()))
                .body("body", equalTo("Ausschuss für Umwelt"))
                .body("decidedOn", equalTo("2026-03-12"))
                .body("reference", equalTo("DS 0815/2026"))
                .body("subject", equalTo("Kreislaufstrategie"))
                .body("link", equalTo("https://ratsinfo.example/0815"))
                .body("strategyId", equalTo(strategy))
                .body("projectId", equalTo(project))
                .body("visibility", equalTo("PRIVATE"))
                .body("externalId", equalTo("ds-0815"))
                .extract()
                .path("id");
        String older = created(editor, DECISIONS, decision("Früher"));
        as(editor).body(Map.of("body", "Rat")).put(DECISION, older).then().statusCode(400);
        Map<String, Object> earlier = decision("Früher");
        earlier.put("decidedOn", "2025-11-01");
        as(editor)
                .header("If-Match", "\"0\"")
                .body(earlier)
                .put(DECISION, older)
                .then()
                .statusCode(200);

        as(editor)
                .queryParam("organizationId", organizations.id(owner).toString())
                .queryParam("limit", 1)
                .get(DECISIONS)
                .then()
                .statusCode(200)
                .body("items.id", contains(id))
                .body("next", notNullValue());
        String next = as(editor)
                .queryParam("organizationId", organizations.id(owner).toString())
                .queryParam("limit", 1)
                .get(DECISIONS)
                .then()
                .extract()
                .path("next");
        as(editor)
                .queryParam("organizationId", organizations.id(owner).toString())
                .queryParam("limit", 1)
                .queryParam("cursor", next)
                .get(DECISIONS)
                .then()
                .statusCode(200)
                .body("items.id", contains(older))
                .body("next", nullValue());
        as(editor).queryParam("strategyId", strategy).get(DECISIONS).then().body("items.id", contains(id));
        as(editor).queryParam("projectId", project).get(DECISIONS).then().body("items.id", contains(id));

        // Deleting the strategy leaves the decision without the link.
        as(editor)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/strategies/{id}", strategy)
                .then()
                .statusCode(204);
        as(editor).get(DECISION, id).then().statusCode(200).body("strategyId", nullValue());
    }

    @Test
    void refusesInvalidDecisionsAndForeignLinksAndChangesNothing() {
        String editor = Tokens.member(owner, "editor");
        String otherEditor = Tokens.member(other, "editor");
        as(editor)
                .body(Map.of("body", " ", "link", "ftp://x"))
                .post(DECISIONS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("body"))
                .body("errors.field", hasItem("decidedOn"))
                .body("errors.field", hasItem("reference"))
                .body("errors.field", hasItem("subject"))
                .body("errors.field", hasItem("link"));
        String foreignStrategy = Api.createStrategy(otherEditor, Map.of("title", "Fremd", "visibility", "PUBLIC"));
        String foreignProject =
                created(otherEditor, "/api/v1/starter-projects", Map.of("title", "Fremd", "visibility", "PUBLIC"));
        Map<String, Object> body = decision("Fremde Links");
        body.put("strategyId", foreignStrategy);
        body.put("projectId", foreignProject);
        as(editor)
                .body(body)
                .post(DECISIONS)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", contains("strategyId", "projectId"));
        body.put("strategyId", UUID.randomUUID().toString());
        body.remove("projectId");
        as(editor).body(body).post(DECISIONS).then().statusCode(422).body("errors.field", contains("strategyId"));
        as(editor)
                .queryParam("organizationId", organizations.id(owner).toString())
                .get(DECISIONS)
                .then()
                .body("items", empty());

        Map<String, Object> keyed = decision("Mit Schlüssel");
        keyed.put("externalId", "ds-1");
        String id = created(editor, DECISIONS, keyed);
        Map<String, Object> again = decision("Doppelt");
        again.put("externalId", "ds-1");
        as(editor).body(again).post(DECISIONS).then().statusCode(409).contentType(PROBLEM);
        as(editor).body(decision("Ohne If-Match")).put(DECISION, id).then().statusCode(428);
        as(editor)
                .header("If-Match", "\"4\"")
                .body(decision("Veraltet"))
                .put(DECISION, id)
                .then()
                .statusCode(412)
                .contentType(PROBLEM);
        as(editor).header("If-Match", "\"4\"").delete(DECISION, id).then().statusCode(412);
        as(editor).get(DECISION, id).then().statusCode(200).body("subject", equalTo("Mit Schlüssel"));
        as(editor).header("If-Match", "\"0\"").delete(DECISION, id).then().statusCode(204);
        as(editor).get(DECISION, id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void strategyAdoptionNamesTheOrganizationsOwnDecision() {
        String editor = Tokens.member(owner, "editor");
        String strategy = Api.createStrategy(editor, Map.of("title", "Zu beschließen"));
        String decision = created(editor, DECISIONS, decision("Strategiebeschluss"));
        String foreign = created(
                Tokens.member(other, "editor"),
                DECISIONS,
                Map.of(
                        "body", "Rat",
                        "decidedOn", "2026-01-01",
                        "reference", "X",
                        "subject", "Fremd",
                        "visibility", "PUBLIC"));
        as(editor)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "IN_REVIEW"))
                .post("/api/v1/strategies/{id}/status", strategy)
                .then()
                .statusCode(200);
        for (String wrong : List.of(foreign, UUID.randomUUID().toString())) {
            as(editor)
                    .header("If-Match", "\"1\"")
                    .body(Map.of(
                            "status",
                            "ADOPTED",
                            "adoption",
                            Map.of(
                                    "decisionBody", "Rat",
                                    "decidedOn", "2026-03-12",
                                    "reference", "DS 0815/2026",
                                    "decisionId", wrong)))
                    .post("/api/v1/strategies/{id}/status", strategy)
                    .then()
                    .statusCode(422)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("adoption.decisionId"));
        }
        Api.getStrategy(editor, strategy).body("status", equalTo("IN_REVIEW")).body("adoption", nullValue());
        as(editor)
                .header("If-Match", "\"1\"")
                .body(Map.of(
                        "status",
                        "ADOPTED",
                        "adoption",
                        Map.of(
                                "decisionBody", "Rat",
                                "decidedOn", "2026-03-12",
                                "reference", "DS 0815/2026",
                                "decisionId", decision)))
                .post("/api/v1/strategies/{id}/status", strategy)
                .then()
                .statusCode(200)
                .body("adoption.decisionId", equalTo(decision));
        as(editor).header("If-Match", "\"0\"").delete(DECISION, decision).then().statusCode(204);
        Api.getStrategy(editor, strategy)
                .body("status", equalTo("ADOPTED"))
                .body("adoption.reference", equalTo("DS 0815/2026"))
                .body("adoption.decisionId", nullValue());
    }

    @Test
    void followGroupKeepsItsMeetings() {
        String editor = Tokens.member(owner, "editor");
        String viewer = Tokens.member(owner, "viewer");
        String group = as(editor)
                .body(Map.of("name", " Begleitgruppe ", "description", "Je Fraktion ein Mitglied"))
                .post(GROUPS)
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("name", equalTo("Begleitgruppe"))
                .body("description", equalTo("Je Fraktion ein Mitglied"))
                .body("visibility", equalTo("PRIVATE"))
                .extract()
                .path("id");
        as(editor)
                .body(Map.of("topics", " "))
                .post(MEETINGS, group)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("heldOn"))
                .body("errors.field", hasItem("topics"));
        String first = created(editor, MEETINGS, Map.of("heldOn", "2026-02-01", "topics", "Auftakt"), group);
        String second = as(editor)
                .body(Map.of("heldOn", "2026-04-20", "topics", " Strategie ", "notes", "Unterstützt"))
                .post(MEETINGS, group)
                .then()
                .statusCode(201)
                .body("followGroupId", equalTo(group))
                .body("heldOn", equalTo("2026-04-20"))
                .body("topics", equalTo("Strategie"))
                .body("notes", equalTo("Unterstützt"))
                .extract()
                .path("id");
        as(viewer).get(MEETINGS, group).then().statusCode(200).body("items.id", contains(second, first));
        as(viewer)
                .body(Map.of("heldOn", "2026-05-01", "topics", "Nein"))
                .post(MEETINGS, group)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        as(viewer)
                .header("If-Match", "\"0\"")
                .body(Map.of("heldOn", "2026-05-01", "topics", "Nein"))
                .put(MEETING, group, first)
                .then()
                .statusCode(403);
        as(editor)
                .body(Map.of("heldOn", "2026-02-02", "topics", "Auftakt"))
                .put(MEETING, group, first)
                .then()
                .statusCode(428);
        as(editor)
                .header("If-Match", "\"9\"")
                .body(Map.of("heldOn", "2026-02-02", "topics", "Auftakt"))
                .put(MEETING, group, first)
                .then()
                .statusCode(412);
        as(editor)
                .header("If-Match", "\"0\"")
                .body(Map.of("heldOn", "2026-02-02", "topics", "Auftakt"))
                .put(MEETING, group, first)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("heldOn", equalTo("2026-02-02"));
        as(editor).get(MEETING, group, UUID.randomUUID()).then().statusCode(404);
        as(editor)
                .header("If-Match", "\"1\"")
                .delete(MEETING, group, first)
                .then()
                .statusCode(204);
        as(editor).get(MEETINGS, group).then().body("items.id", contains(second));

        // Another organization's group does not hold this group's meetings.
        String foreign = created(Tokens.member(other, "editor"), GROUPS, Map.of("name", "Fremd"));
        as(Tokens.member(other, "editor")).get(MEETING, foreign, second).then().statusCode(404);

        as(editor).header("If-Match", "\"0\"").delete(GROUP, group).then().statusCode(204);
        as(editor).get(MEETINGS, group).then().statusCode(404);
    }

    enum Caller {
        OWNER_EDITOR(Tokens.member("musterstadt", "editor"), true, true),
        OWNER_VIEWER(Tokens.member("musterstadt", "viewer"), true, false),
        NETWORK_PEER_EDITOR(Tokens.member("nachbarstadt", "editor"), false, false),
        OTHER_COUNTRY_ADMIN(Tokens.member("eksempelby", "admin"), false, false),
        NO_MEMBERSHIP(Tokens.user("nobody"), false, false);

        final String token;
        final boolean member;
        final boolean writes;

        Caller(String token, boolean member, boolean writes) {
            this.token = token;
            this.member = member;
            this.writes = writes;
        }

        boolean reads(String visibility) {
            return member || visibility.equals("PUBLIC") || visibility.equals("NETWORK") && this == NETWORK_PEER_EDITOR;
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            for (String visibility : List.of("PRIVATE", "NETWORK", "PUBLIC")) {
                cases.add(Arguments.of(caller, visibility));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on {1} decisions and follow groups")
    @MethodSource("matrix")
    void tenantRulesHoldForDecisionsGroupsAndMeetings(Caller caller, String visibility) {
        String owner = Caller.OWNER_EDITOR.token;
        Map<String, Object> body = decision("Isolation " + visibility);
        body.put("visibility", visibility);
        String decision = created(owner, DECISIONS, body);
        String group = created(owner, GROUPS, Map.of("name", "Gruppe " + UUID.randomUUID(), "visibility", visibility));
        String meeting = created(owner, MEETINGS, Map.of("heldOn", "2026-02-01", "topics", "Auftakt"), group);
        int read = caller.reads(visibility) ? 200 : 404;
        int write = !caller.reads(visibility) ? 404 : caller.writes ? 200 : 403;

        as(caller.token).get(DECISION, decision).then().statusCode(read);
        as(caller.token).get(GROUP, group).then().statusCode(read);
        as(caller.token).get(MEETINGS, group).then().statusCode(read);
        as(caller.token).get(MEETING, group, meeting).then().statusCode(read);
        var decisions =
                as(caller.token).queryParam("limit", 100).get(DECISIONS).then().statusCode(200);
        var groups =
                as(caller.token).queryParam("limit", 100).get(GROUPS).then().statusCode(200);
        if (read == 200) {
            decisions.body("items.id", hasItem(decision));
            groups.body("items.id", hasItem(group));
        } else {
            decisions.body("items.id", not(hasItem(decision)));
            groups.body("items.id", not(hasItem(group)));
        }

        body.put("subject", "Übernommen");
        as(caller.token)
                .header("If-Match", "\"0\"")
                .body(body)
                .put(DECISION, decision)
                .then()
                .statusCode(write);
        as(caller.token)
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "Übernommen", "visibility", visibility))
                .put(GROUP, group)
                .then()
                .statusCode(write);
        as(caller.token)
                .header("If-Match", "\"0\"")
                .body(Map.of("heldOn", "2026-02-01", "topics", "Übernommen"))
                .put(MEETING, group, meeting)
                .then()
                .statusCode(write);
        if (write != 200) {
            int refused = write;
            as(caller.token)
                    .header("If-Match", "\"0\"")
                    .delete(DECISION, decision)
                    .then()
                    .statusCode(refused);
            as(caller.token)
                    .header("If-Match", "\"0\"")
                    .delete(MEETING, group, meeting)
                    .then()
                    .statusCode(refused);
            as(caller.token)
                    .header("If-Match", "\"0\"")
                    .delete(GROUP, group)
                    .then()
                    .statusCode(refused);
            as(owner)
                    .get(DECISION, decision)
                    .then()
                    .statusCode(200)
                    .body("subject", equalTo("Isolation " + visibility));
            as(owner).get(MEETING, group, meeting).then().statusCode(200).body("topics", equalTo("Auftakt"));
        }
    }

    @Test
    void theChangeFeedCarriesDecisionsAndMeetingsAsTheirVisibilitySays() {
        String editor = Tokens.member(owner, "editor");
        Map<String, Object> body = decision("Geteilt");
        body.put("visibility", "PUBLIC");
        String decision = created(editor, DECISIONS, body);
        String group = created(editor, GROUPS, Map.of("name", "Intern"));
        String meeting = created(editor, MEETINGS, Map.of("heldOn", "2026-02-01", "topics", "Auftakt"), group);
        String organizationId = organizations.id(owner).toString();
        as(editor)
                .queryParam("organizationId", organizationId)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body("items.type", contains("council-decision", "follow-group", "follow-group-meeting"))
                .body("items.id", contains(decision, group, meeting))
                .body("items.rootId", contains(decision, group, group));
        as(Tokens.member(other, "editor"))
                .queryParam("organizationId", organizationId)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body("items.id", contains(decision));
    }
}
