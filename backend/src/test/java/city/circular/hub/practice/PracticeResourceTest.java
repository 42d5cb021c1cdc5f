package city.circular.hub.practice;

import static city.circular.hub.practice.PracticeFixtures.ADMIN;
import static city.circular.hub.practice.PracticeFixtures.EDITOR;
import static city.circular.hub.practice.PracticeFixtures.OUTSIDER;
import static city.circular.hub.practice.PracticeFixtures.PEER;
import static city.circular.hub.practice.PracticeFixtures.PRACTICE;
import static city.circular.hub.practice.PracticeFixtures.PRACTICES;
import static city.circular.hub.practice.PracticeFixtures.STATUS;
import static city.circular.hub.practice.PracticeFixtures.VIEWER;
import static city.circular.hub.practice.PracticeFixtures.create;
import static city.circular.hub.practice.PracticeFixtures.practice;
import static city.circular.hub.practice.PracticeFixtures.publish;
import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import city.circular.hub.support.Organizations;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PracticeResourceTest {

    @Inject
    Organizations organizations;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
    }

    @Test
    void createsReadsUpdatesPublishesAndDeletesPractice() {
        String musterstadt = organizations.id(Organizations.MUSTERSTADT).toString();
        Map<String, Object> body = practice("Bauteilbörse");
        body.put("contactOrganizationId", musterstadt);
        body.put("externalId", "bp-" + UUID.randomUUID());
        var created = as(EDITOR)
                .body(body)
                .post(PRACTICES)
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", "\"0\"")
                .body("organizationId", equalTo(musterstadt))
                .body("organizationName", equalTo("Musterstadt"))
                .body("title", equalTo("Bauteilbörse"))
                .body("summary", containsString("Gebrauchte Bauteile"))
                .body("context.municipality", equalTo("Stadt Musterstadt"))
                .body("context.country", equalTo("DE"))
                .body("context.populationBand", equalTo("FROM_100K_TO_500K"))
                .body("context.regionType", equalTo("URBAN"))
                .body("problem", equalTo("Verwertbare Türen landeten im Container."))
                .body("approach", equalTo("Kataster vor dem Rückbau, Online-Börse, Lager beim Bauhof."))
                .body("results.text", equalTo("120 Türen wiederverwendet."))
                .body("results.co2eTonnesPerYear", equalTo(85))
                .body("results.materialTonnesPerYear", equalTo(40))
                .body("results.basis", equalTo("MEASURED"))
                .body("successFactors", equalTo("Rückhalt der Bauverwaltung"))
                .body("barriers", equalTo("Gewährleistung"))
                .body("costAndEffort", equalTo("0,5 Stellen"))
                .body("duration", equalTo("18 Monate"))
                .body("transferConditions", equalTo("Ein Bauhof mit Lagerfläche"))
                .body("lessonsLearned", equalTo("Früh mit dem Abbruchunternehmen sprechen."))
                .body("contactOrganization.id", equalTo(musterstadt))
                .body("contactOrganization.name", equalTo("Musterstadt"))
                .body("fieldsOfAction", equalTo(List.of("CONSTRUCTION_BUILDINGS")))
                .body("sdgTargets", equalTo(List.of("12.5")))
                .body("maturity", equalTo("LIGHTHOUSE"))
                .body("language", equalTo("de"))
                .body("licence", equalTo("CC-BY-4.0"))
                .body("attachments[0].title", equalTo("Leitfaden"))
                .body("attachments[0].url", equalTo("https://musterstadt.example/l.pdf"))
                .body("status", equalTo("DRAFT"))
                .body("publishedAt", nullValue())
                .body("adoptionCount", equalTo(0))
                .body("visibility", equalTo("NETWORK"))
                .body("version", equalTo(0))
                .extract();
        String id = created.path("id");
        assertEquals("/api/v1/practices/" + id, created.header("Location"));

        // A draft is the owner's: even a network peer does not see it yet.
        as(VIEWER).get(PRACTICE, id).then().statusCode(200).header("ETag", "\"0\"");
        as(PEER).get(PRACTICE, id).then().statusCode(404).contentType(PROBLEM);

        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "PUBLISHED"))
                .post(STATUS, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue());
        as(PEER).get(PRACTICE, id).then().statusCode(200).body("title", equalTo("Bauteilbörse"));
        as(OUTSIDER).get(PRACTICE, id).then().statusCode(404).contentType(PROBLEM);

        Map<String, Object> change = practice("Bauteilbörse Musterstadt", "de", "Kurz gefasst.", "PUBLIC");
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .body(change)
                .put(PRACTICE, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("title", equalTo("Bauteilbörse Musterstadt"))
                .body("summary", equalTo("Kurz gefasst."))
                .body("problem", nullValue())
                .body("fieldsOfAction", empty())
                .body("attachments", empty())
                .body("contactOrganization", nullValue())
                .body("maturity", equalTo("IDEA"))
                .body("status", equalTo("PUBLISHED"))
                .body("visibility", equalTo("PUBLIC"))
                .body("externalId", nullValue());
        as(OUTSIDER).get(PRACTICE, id).then().statusCode(200);
        as(ADMIN).get(PRACTICE, id).then().statusCode(200);

        as(EDITOR)
                .header("If-Match", "\"1\"")
                .body(change)
                .put(PRACTICE, id)
                .then()
                .statusCode(412);
        as(EDITOR).body(change).put(PRACTICE, id).then().statusCode(428).contentType(PROBLEM);
        as(EDITOR).header("If-Match", "\"1\"").delete(PRACTICE, id).then().statusCode(412);
        as(EDITOR).delete(PRACTICE, id).then().statusCode(428);
        as(EDITOR).header("If-Match", "\"2\"").delete(PRACTICE, id).then().statusCode(204);
        as(EDITOR).get(PRACTICE, id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void everyRoleGetsTheAnswerItsRightsGive() {
        String id = create(EDITOR, practice("Rollen", "de", "Rollenmatrix", "NETWORK"));
        publish(EDITOR, id);
        Map<String, Object> change = practice("Geändert", "de", null, "NETWORK");
        Map<String, Object> publish = Map.of("status", "PUBLISHED");
        // Owner viewer and network peer read, but may not change: 403.
        for (String reader : List.of(VIEWER, PEER)) {
            as(reader).get(PRACTICE, id).then().statusCode(200);
            as(reader)
                    .header("If-Match", "\"1\"")
                    .body(change)
                    .put(PRACTICE, id)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM)
                    .body("detail", equalTo("You may read this practice but not change it."));
            as(reader)
                    .header("If-Match", "\"1\"")
                    .body(publish)
                    .post(STATUS, id)
                    .then()
                    .statusCode(403);
            as(reader).header("If-Match", "\"1\"").delete(PRACTICE, id).then().statusCode(403);
        }
        // An outsider and the platform administrator (no membership) do not see a NETWORK practice: 404.
        for (String stranger : List.of(OUTSIDER, ADMIN)) {
            as(stranger).get(PRACTICE, id).then().statusCode(404).contentType(PROBLEM);
            as(stranger)
                    .header("If-Match", "\"1\"")
                    .body(change)
                    .put(PRACTICE, id)
                    .then()
                    .statusCode(404);
            as(stranger)
                    .header("If-Match", "\"1\"")
                    .body(publish)
                    .post(STATUS, id)
                    .then()
                    .statusCode(404);
            as(stranger).header("If-Match", "\"1\"").delete(PRACTICE, id).then().statusCode(404);
        }
        // Creating needs an editor role somewhere.
        for (String nonEditor : List.of(VIEWER, ADMIN)) {
            as(nonEditor)
                    .body(practice("Nein", "de", null, "PRIVATE"))
                    .post(PRACTICES)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
        }
        as(EDITOR)
                .body(Map.of(
                        "organizationId", organizations.id(Organizations.EKSEMPELBY), "title", "x", "language", "de"))
                .post(PRACTICES)
                .then()
                .statusCode(403);
        given401();
    }

    private void given401() {
        RestAssured.given().get(PRACTICES).then().statusCode(401).contentType(PROBLEM);
        RestAssured.given().get(PRACTICE, UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void publishingNeedsASharedVisibilityAndAPublishedPracticeStaysShared() {
        String id = create(EDITOR, practice("Privat", "de", null, "PRIVATE"));
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "PUBLISHED"))
                .post(STATUS, id)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/rule-violation"))
                .body("errors[0].field", equalTo("visibility"))
                .body("errors[0].message", equalTo("must be NETWORK or PUBLIC to publish"));
        as(EDITOR).get(PRACTICE, id).then().header("ETag", "\"0\"").body("status", equalTo("DRAFT"));

        String shared = create(EDITOR, practice("Geteilt", "de", null, "PUBLIC"));
        publish(EDITOR, shared);
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .body(practice("Geteilt", "de", null, "PRIVATE"))
                .put(PRACTICE, shared)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("visibility"));
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .body(Map.of("status", "DRAFT"))
                .post(STATUS, shared)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("publishedAt", nullValue());
        as(OUTSIDER).get(PRACTICE, shared).then().statusCode(404);
    }

    @Test
    void rejectsInvalidInputWithTheFieldsToBlame() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", " ");
        body.put("language", "fr");
        body.put("context", Map.of("country", "Deutschland"));
        body.put("results", Map.of("co2eTonnesPerYear", -1));
        body.put("sdgTargets", List.of("twelve"));
        body.put("attachments", List.of(Map.of("title", "x", "url", "javascript:alert(1)")));
        as(EDITOR)
                .body(body)
                .post(PRACTICES)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/validation"))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("language"))
                .body("errors.field", hasItem("context.country"))
                .body("errors.field", hasItem("results.co2eTonnesPerYear"))
                .body("errors.field", hasItem("sdgTargets[0]"))
                .body("errors.field", hasItem("attachments[0].url"));
        as(EDITOR).body("{\"title\": ").post(PRACTICES).then().statusCode(400).contentType(PROBLEM);
        as(EDITOR)
                .body(Map.of("title", "x", "language", "de", "unknown", 1))
                .post(PRACTICES)
                .then()
                .statusCode(400);
        as(EDITOR)
                .contentType("text/plain")
                .body("x")
                .post(PRACTICES)
                .then()
                .statusCode(415)
                .contentType(PROBLEM);

        Map<String, Object> unknown = practice("Unbekannt", "de", null, "PRIVATE");
        unknown.put("fieldsOfAction", List.of("NOT_A_FIELD"));
        unknown.put("sdgTargets", List.of("99.9"));
        as(EDITOR)
                .body(unknown)
                .post(PRACTICES)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("fieldsOfAction[0]"));
        unknown.remove("fieldsOfAction");
        unknown.put("contactOrganizationId", UUID.randomUUID().toString());
        as(EDITOR)
                .body(unknown)
                .post(PRACTICES)
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("sdgTargets[0]", "contactOrganizationId")));
        unknown.remove("sdgTargets");
        unknown.remove("contactOrganizationId");
        unknown.put("sourceProjectId", UUID.randomUUID().toString());
        as(EDITOR)
                .body(unknown)
                .post(PRACTICES)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("sourceProjectId"));

        as(EDITOR).get(PRACTICES + "?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        as(EDITOR)
                .get(PRACTICES + "?cursor=nonsense")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        as(EDITOR)
                .get(PRACTICES + "?maturity=GREAT")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("maturity"));
        as(EDITOR).get(PRACTICES + "?language=fr").then().statusCode(400).body("errors[0].field", equalTo("language"));
        as(EDITOR).get(PRACTICES + "?country=de").then().statusCode(400).body("errors[0].field", equalTo("country"));
        as(EDITOR).get(PRACTICES + "?networkId=x").then().statusCode(400).body("errors[0].field", equalTo("networkId"));
    }

    @Test
    void rejectsADuplicateExternalId() {
        String key = "dup-" + UUID.randomUUID();
        Map<String, Object> body = practice("Erste", "de", null, "PRIVATE");
        body.put("externalId", key);
        create(EDITOR, body);
        as(EDITOR)
                .body(body)
                .post(PRACTICES)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("externalId"));
    }

    @Test
    void draftsAPracticeFromAStarterProjectWithoutPersons() {
        String stakeholder = as(EDITOR)
                .body(Map.of("name", "Abbruch GmbH " + UUID.randomUUID(), "sector", "BUSINESS"))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> project = new HashMap<>();
        project.put("title", "Materialbörse");
        project.put("summary", "Bauteile aus Rückbau vermitteln.");
        project.put("fieldsOfAction", List.of("CONSTRUCTION_BUILDINGS", "WASTE_RESOURCES"));
        project.put("startDate", "2025-01-01");
        project.put("actualCompletion", "2026-07-01");
        project.put("budgetPlanned", 20000);
        project.put("parties", List.of(Map.of("stakeholderId", stakeholder, "role", "RESPONSIBLE")));
        String projectId = as(EDITOR)
                .body(project)
                .post("/api/v1/starter-projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> measure = new HashMap<>();
        measure.put("title", "Kataster");
        measure.put("description", "Bauteile vor dem Abriss erfassen");
        measure.put("responsible", "Erika Mustermann");
        measure.put("co2eTonnesPerYear", 12.5);
        measure.put("materialReusedT", 30);
        measure.put("renewableMwhPerYear", 0);
        as(EDITOR)
                .body(measure)
                .post("/api/v1/starter-projects/{id}/measures", projectId)
                .then()
                .statusCode(201);
        as(EDITOR)
                .body(Map.of("title", "Börse"))
                .post("/api/v1/starter-projects/{id}/measures", projectId)
                .then()
                .statusCode(201);

        // Readers of the project who do not edit for its organization may not publish it.
        as(VIEWER)
                .post(PRACTICES + "/from-project/{id}", projectId)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        as(OUTSIDER).post(PRACTICES + "/from-project/{id}", projectId).then().statusCode(404);
        as(EDITOR)
                .post(PRACTICES + "/from-project/{id}", UUID.randomUUID())
                .then()
                .statusCode(404);

        var draft = as(EDITOR)
                .post(PRACTICES + "/from-project/{id}", projectId)
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("title", equalTo("Materialbörse"))
                .body("summary", equalTo("Bauteile aus Rückbau vermitteln."))
                .body("context.municipality", equalTo("Musterstadt"))
                .body("context.country", equalTo("DE"))
                .body("approach", equalTo("- Kataster: Bauteile vor dem Abriss erfassen\n- Börse"))
                .body("results.co2eTonnesPerYear", equalTo(12.5f))
                .body("results.materialTonnesPerYear", equalTo(30.0f))
                .body("results.renewableMwhPerYear", nullValue())
                .body("results.basis", equalTo("ESTIMATED"))
                .body("costAndEffort", equalTo("20000 EUR"))
                .body("duration", equalTo("18 Monate"))
                .body("fieldsOfAction", equalTo(List.of("CONSTRUCTION_BUILDINGS", "WASTE_RESOURCES")))
                .body("maturity", equalTo("IDEA"))
                .body("language", equalTo("de"))
                .body("status", equalTo("DRAFT"))
                .body("visibility", equalTo("PRIVATE"))
                .body("sourceProjectId", equalTo(projectId))
                .extract();
        String body = draft.asString();
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("Erika"), "no person enters a practice");
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("Abbruch GmbH"), "no stakeholder either");
        assertEquals("/api/v1/practices/" + draft.path("id"), draft.header("Location"));
        as(EDITOR)
                .get(PRACTICES + "?sourceProjectId=" + projectId)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(draft.path("id").toString())));
    }

    @Test
    void unknownPracticeAnswers404() {
        UUID id = UUID.randomUUID();
        as(EDITOR).get(PRACTICE, id).then().statusCode(404).contentType(PROBLEM);
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(practice("x", "de", null, "PRIVATE"))
                .put(PRACTICE, id)
                .then()
                .statusCode(404);
        as(EDITOR).header("If-Match", "\"0\"").delete(PRACTICE, id).then().statusCode(404);
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "PUBLISHED"))
                .post(STATUS, id)
                .then()
                .statusCode(404);
        as(EDITOR).get("/api/v1/practices/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
    }
}
