package city.circular.hub.practice;

import static city.circular.hub.practice.PracticeFixtures.ADMIN;
import static city.circular.hub.practice.PracticeFixtures.COMMENT;
import static city.circular.hub.practice.PracticeFixtures.COMMENTS;
import static city.circular.hub.practice.PracticeFixtures.EDITOR;
import static city.circular.hub.practice.PracticeFixtures.OUTSIDER;
import static city.circular.hub.practice.PracticeFixtures.PEER;
import static city.circular.hub.practice.PracticeFixtures.PEER_VIEWER;
import static city.circular.hub.practice.PracticeFixtures.VIEWER;
import static city.circular.hub.practice.PracticeFixtures.practice;
import static city.circular.hub.practice.PracticeFixtures.published;
import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

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
class PracticeCommentTest {

    @Inject
    Organizations organizations;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
    }

    @Test
    void peersAskAndTheOwnerAnswers() {
        String id = published(EDITOR, practice("Mehrweg in Kantinen", "de", null, "NETWORK"));
        String nachbarstadt = organizations.id(Organizations.NACHBARSTADT).toString();
        String question = as(PEER).body(Map.of("kind", "QUESTION", "text", " Wie habt ihr gespült? "))
                .post(COMMENTS, id)
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", "\"0\"")
                .body("practiceId", equalTo(id))
                .body("organizationId", equalTo(nachbarstadt))
                .body("organizationName", equalTo("Nachbarstadt"))
                .body("kind", equalTo("QUESTION"))
                .body("text", equalTo("Wie habt ihr gespült?"))
                .body("answer", nullValue())
                .extract()
                .path("id");
        String comment = as(EDITOR)
                .body(Map.of("kind", "COMMENT", "text", "Gern nachfragen."))
                .post(COMMENTS, id)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // Only the owner answers.
        as(PEER).header("If-Match", "\"0\"")
                .body(Map.of("text", "Selbst"))
                .put(COMMENT + "/answer", id, question)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        as(VIEWER)
                .header("If-Match", "\"0\"")
                .body(Map.of("text", "Viewer"))
                .put(COMMENT + "/answer", id, question)
                .then()
                .statusCode(403);
        as(EDITOR)
                .body(Map.of("text", "x"))
                .put(COMMENT + "/answer", id, question)
                .then()
                .statusCode(428);
        as(EDITOR)
                .header("If-Match", "\"3\"")
                .body(Map.of("text", "x"))
                .put(COMMENT + "/answer", id, question)
                .then()
                .statusCode(412);
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(Map.of("text", ""))
                .put(COMMENT + "/answer", id, question)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("text"));
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(Map.of("text", "Mit der Spülmaschine der Mensa."))
                .put(COMMENT + "/answer", id, question)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("answer", equalTo("Mit der Spülmaschine der Mensa."))
                .body("answeredAt", notNullValue());

        as(PEER_VIEWER)
                .get(COMMENTS, id)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(question, comment)))
                .body("items[0].answer", equalTo("Mit der Spülmaschine der Mensa."))
                .body("next", nullValue());
        var firstPage =
                as(PEER).get(COMMENTS + "?limit=1", id).then().statusCode(200).extract();
        as(PEER).get(COMMENTS + "?limit=1&cursor=" + firstPage.path("next"), id)
                .then()
                .body("items.id", equalTo(List.of(comment)))
                .body("next", nullValue());

        // Who may delete: the comment's organization or the practice's.
        as(PEER_VIEWER)
                .header("If-Match", "\"1\"")
                .delete(COMMENT, id, question)
                .then()
                .statusCode(403);
        as(PEER).header("If-Match", "\"0\"").delete(COMMENT, id, comment).then().statusCode(403);
        as(PEER).header("If-Match", "\"0\"")
                .delete(COMMENT, id, question)
                .then()
                .statusCode(412);
        as(PEER).header("If-Match", "\"1\"")
                .delete(COMMENT, id, question)
                .then()
                .statusCode(204);
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .delete(COMMENT, id, comment)
                .then()
                .statusCode(204);
        as(EDITOR).get(COMMENT, id, comment).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void strangersNeitherReadNorWriteTheThread() {
        String id = published(EDITOR, practice("Netz", "de", null, "NETWORK"));
        String question = as(PEER).body(Map.of("kind", "QUESTION", "text", "?"))
                .post(COMMENTS, id)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (String stranger : List.of(OUTSIDER, ADMIN)) {
            as(stranger).get(COMMENTS, id).then().statusCode(404).contentType(PROBLEM);
            as(stranger).get(COMMENT, id, question).then().statusCode(404);
            as(stranger)
                    .body(Map.of("kind", "QUESTION", "text", "?"))
                    .post(COMMENTS, id)
                    .then()
                    .statusCode(404);
            as(stranger)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("text", "x"))
                    .put(COMMENT + "/answer", id, question)
                    .then()
                    .statusCode(404);
            as(stranger)
                    .header("If-Match", "\"0\"")
                    .delete(COMMENT, id, question)
                    .then()
                    .statusCode(404);
        }
        // A reader without an editor role cannot sign a comment for an organization.
        as(PEER_VIEWER)
                .body(Map.of("kind", "QUESTION", "text", "?"))
                .post(COMMENTS, id)
                .then()
                .statusCode(403);
        as(PEER).body(Map.of("kind", "RANT", "text", "?"))
                .post(COMMENTS, id)
                .then()
                .statusCode(400);
        as(PEER).body(Map.of("kind", "QUESTION")).post(COMMENTS, id).then().statusCode(400);
        String other = published(EDITOR, practice("Andere", "de", null, "PUBLIC"));
        as(PEER).get(COMMENT, other, question).then().statusCode(404);
        as(PEER).get(COMMENT, id, UUID.randomUUID()).then().statusCode(404);
        // A public practice's thread is open to every editor.
        as(OUTSIDER)
                .body(Map.of("kind", "COMMENT", "text", "Tak!"))
                .post(COMMENTS, other)
                .then()
                .statusCode(201);
    }
}
