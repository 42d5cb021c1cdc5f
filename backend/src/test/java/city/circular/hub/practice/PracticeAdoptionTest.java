package city.circular.hub.practice;

import static city.circular.hub.practice.PracticeFixtures.ADMIN;
import static city.circular.hub.practice.PracticeFixtures.ADOPTION;
import static city.circular.hub.practice.PracticeFixtures.ADOPTIONS;
import static city.circular.hub.practice.PracticeFixtures.EDITOR;
import static city.circular.hub.practice.PracticeFixtures.OUTSIDER;
import static city.circular.hub.practice.PracticeFixtures.PEER;
import static city.circular.hub.practice.PracticeFixtures.PEER_VIEWER;
import static city.circular.hub.practice.PracticeFixtures.PRACTICE;
import static city.circular.hub.practice.PracticeFixtures.VIEWER;
import static city.circular.hub.practice.PracticeFixtures.create;
import static city.circular.hub.practice.PracticeFixtures.etag;
import static city.circular.hub.practice.PracticeFixtures.practice;
import static city.circular.hub.practice.PracticeFixtures.published;
import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import city.circular.hub.support.Organizations;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PracticeAdoptionTest {

    @Inject
    Organizations organizations;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
    }

    @Test
    void adoptsAPublishedPracticeIntoANewStarterProjectThatKeepsItsProvenance() {
        Map<String, Object> body = practice("Bauteilbörse");
        body.put("visibility", "PUBLIC");
        body.put("fieldsOfAction", List.of("CONSTRUCTION_BUILDINGS"));
        String id = published(EDITOR, body);
        String eksempelby = organizations.id(Organizations.EKSEMPELBY).toString();

        var adoption = as(OUTSIDER)
                .body(Map.of("projectTitle", "Bauteilbørs i Eksempelby", "visibility", "PUBLIC"))
                .post(ADOPTIONS, id)
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", "\"0\"")
                .body("practiceId", equalTo(id))
                .body("organizationId", equalTo(eksempelby))
                .body("organizationName", equalTo("Eksempelby"))
                .body("practiceVersion", equalTo(1))
                .body("practiceTitle", equalTo("Bauteilbörse"))
                .body("projectId", notNullValue())
                .body("feedback", nullValue())
                .body("visibility", equalTo("PUBLIC"))
                .extract();
        String adoptionId = adoption.path("id");
        String projectId = adoption.path("projectId");
        assertEquals("/api/v1/practices/" + id + "/adoptions/" + adoptionId, adoption.header("Location"));

        as(OUTSIDER)
                .get("/api/v1/starter-projects/{id}", projectId)
                .then()
                .statusCode(200)
                .body("organizationId", equalTo(eksempelby))
                .body("title", equalTo("Bauteilbørs i Eksempelby"))
                .body(
                        "summary",
                        equalTo("Gebrauchte Bauteile aus dem Rückbau städtischer Gebäude werden wiederverwendet.\n\n"
                                + "Kataster vor dem Rückbau, Online-Börse, Lager beim Bauhof."))
                .body("fieldsOfAction", equalTo(List.of("CONSTRUCTION_BUILDINGS")))
                .body("status", equalTo("IDEA"))
                .body("visibility", equalTo("PRIVATE"))
                .body("originPractice.practiceId", equalTo(id))
                .body("originPractice.version", equalTo(1))
                .body("originPractice.title", equalTo("Bauteilbörse"))
                .body(
                        "originNote",
                        equalTo("Adopted from the good practice \"Bauteilbörse\" (version 1) of Musterstadt."));

        // The owner edits the practice later: the project and the adoption keep what was adopted.
        Map<String, Object> change = practice("Bauteilbörse 2.0", "de", "Neu", "PUBLIC");
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .body(change)
                .put(PRACTICE, id)
                .then()
                .statusCode(200);
        as(OUTSIDER)
                .get("/api/v1/starter-projects/{id}", projectId)
                .then()
                .body("originPractice.version", equalTo(1))
                .body("originPractice.title", equalTo("Bauteilbörse"))
                .body("title", equalTo("Bauteilbørs i Eksempelby"));
        as(EDITOR).get(PRACTICE, id).then().body("adoptionCount", equalTo(1)).body("version", equalTo(2));
        as(EDITOR)
                .get(ADOPTIONS, id)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", equalTo(List.of(adoptionId)))
                .body("items[0].organizationName", equalTo("Eksempelby"))
                .body("items[0].practiceTitle", equalTo("Bauteilbörse"))
                .body("items[0].practiceVersion", equalTo(1))
                // The project is the adopter's own record.
                .body("items[0].projectId", nullValue());

        // The adopter records how it went.
        as(OUTSIDER)
                .header("If-Match", "\"0\"")
                .body(Map.of("adapted", "Lager på genbrugspladsen", "results", "30 t", "wouldRecommend", true))
                .put(ADOPTION + "/feedback", id, adoptionId)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("feedback.adapted", equalTo("Lager på genbrugspladsen"))
                .body("feedback.results", equalTo("30 t"))
                .body("feedback.wouldRecommend", equalTo(true))
                .body("feedback.recordedAt", notNullValue());
        as(PEER).get(ADOPTION, id, adoptionId)
                .then()
                .statusCode(200)
                .body("feedback.wouldRecommend", equalTo(true))
                .body("projectId", nullValue());
        as(OUTSIDER).get(ADOPTION, id, adoptionId).then().body("projectId", equalTo(projectId));

        // The practice goes: the project keeps the adopted title and version, and no longer points at it.
        as(EDITOR).header("If-Match", "\"2\"").delete(PRACTICE, id).then().statusCode(204);
        as(OUTSIDER)
                .get("/api/v1/starter-projects/{id}", projectId)
                .then()
                .statusCode(200)
                .body("originPractice.practiceId", nullValue())
                .body("originPractice.version", equalTo(1))
                .body("originPractice.title", equalTo("Bauteilbörse"));
    }

    @Test
    void adoptionsAreSeenAsTheirVisibilityAllowsAndCountedForEveryone() {
        String id = published(EDITOR, practice("Repair-Café", "de", "Reparieren statt wegwerfen", "PUBLIC"));
        as(OUTSIDER)
                .body(Map.of("visibility", "PRIVATE"))
                .post(ADOPTIONS, id)
                .then()
                .statusCode(201);
        String peerAdoption = as(PEER).body(Map.of("visibility", "NETWORK"))
                .post(ADOPTIONS, id)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // Musterstadt shares a network with Nachbarstadt: it sees that adoption, not Eksempelby's private one.
        as(VIEWER)
                .get(ADOPTIONS, id)
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", equalTo(List.of(peerAdoption)));
        as(ADMIN)
                .get(ADOPTIONS, id)
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items", empty());
        as(OUTSIDER).get(ADOPTIONS, id).then().body("items.organizationName", equalTo(List.of("Eksempelby")));
        as(EDITOR).get(PRACTICE, id).then().body("adoptionCount", equalTo(2));
        as(EDITOR).get(ADOPTION, id, peerAdoption).then().statusCode(200);
    }

    @Test
    void adoptionRulesAndRolesAnswerTheirProblems() {
        String draft = create(EDITOR, practice("Entwurf", "de", null, "PUBLIC"));
        String network = published(EDITOR, practice("Netz", "de", null, "NETWORK"));
        String open = published(EDITOR, practice("Offen", "de", null, "PUBLIC"));

        // A draft is the owner's: others do not see it; the owner cannot adopt its own practice.
        as(OUTSIDER)
                .body(Map.of())
                .post(ADOPTIONS, draft)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        as(EDITOR).body(Map.of()).post(ADOPTIONS, draft).then().statusCode(422).contentType(PROBLEM);
        as(EDITOR)
                .body(Map.of())
                .post(ADOPTIONS, open)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("organizationId"));
        // NETWORK practices are adopted by network peers only.
        as(OUTSIDER).body(Map.of()).post(ADOPTIONS, network).then().statusCode(404);
        as(PEER).post(ADOPTIONS, network).then().statusCode(201);
        // Adopting needs an editor role.
        as(PEER_VIEWER)
                .body(Map.of())
                .post(ADOPTIONS, open)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        as(ADMIN).body(Map.of()).post(ADOPTIONS, open).then().statusCode(403);
        as(OUTSIDER)
                .body(Map.of("visibility", "SECRET"))
                .post(ADOPTIONS, open)
                .then()
                .statusCode(400);
        as(OUTSIDER).body(Map.of()).post(ADOPTIONS, UUID.randomUUID()).then().statusCode(404);

        String key = "adopt-" + UUID.randomUUID();
        String adoption = as(OUTSIDER)
                .body(Map.of("externalId", key))
                .post(ADOPTIONS, open)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(OUTSIDER)
                .body(Map.of("externalId", key))
                .post(ADOPTIONS, open)
                .then()
                .statusCode(409);

        Map<String, Object> feedback = Map.of("wouldRecommend", false);
        // Only the adopter records feedback: the practice's owner reads the adoption but may not change it.
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(feedback)
                .put(ADOPTION + "/feedback", open, adoption)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        as(OUTSIDER)
                .body(feedback)
                .put(ADOPTION + "/feedback", open, adoption)
                .then()
                .statusCode(428);
        as(OUTSIDER)
                .header("If-Match", "\"7\"")
                .body(feedback)
                .put(ADOPTION + "/feedback", open, adoption)
                .then()
                .statusCode(412);
        as(OUTSIDER)
                .header("If-Match", "\"0\"")
                .body(Map.of("adapted", "x"))
                .put(ADOPTION + "/feedback", open, adoption)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("wouldRecommend"));
        as(OUTSIDER).get(ADOPTION, network, adoption).then().statusCode(404);
        as(OUTSIDER).get(ADOPTION, open, UUID.randomUUID()).then().statusCode(404);
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .delete(ADOPTION, open, adoption)
                .then()
                .statusCode(403);
        as(OUTSIDER)
                .header("If-Match", "\"0\"")
                .delete(ADOPTION, open, adoption)
                .then()
                .statusCode(204);
        as(OUTSIDER).get(ADOPTION, open, adoption).then().statusCode(404);
        assertEquals("\"1\"", etag(EDITOR, open));
    }
}
