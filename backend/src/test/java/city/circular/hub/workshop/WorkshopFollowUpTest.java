package city.circular.hub.workshop;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static city.circular.hub.workshop.WorkshopFixtures.EDITOR;
import static city.circular.hub.workshop.WorkshopFixtures.OTHER;
import static city.circular.hub.workshop.WorkshopFixtures.PEER;
import static city.circular.hub.workshop.WorkshopFixtures.VIEWER;
import static city.circular.hub.workshop.WorkshopFixtures.createWorkshop;
import static city.circular.hub.workshop.WorkshopFixtures.workshop;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WorkshopFollowUpTest {

    private static final String FOLLOW_UPS = "/api/v1/workshops/{id}/follow-ups";
    private static final String FOLLOW_UP = "/api/v1/workshops/{id}/follow-ups/{f}";

    @Inject
    Organizations organizations;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
    }

    static Map<String, Object> followUp(String title, String dueDate, boolean done) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("owner", "Wirtschaftsförderung");
        body.put("dueDate", dueDate);
        body.put("done", done);
        return body;
    }

    private static String add(String token, String workshop, Map<String, Object> body) {
        return as(token)
                .body(body)
                .post(FOLLOW_UPS, workshop)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void recordsReadsUpdatesAndDeletesFollowUps() {
        String workshop = createWorkshop("Nachbereitung", 30);
        String later = add(EDITOR, workshop, followUp("Ergebnisse veröffentlichen", "2199-06-30", false));
        String id = as(EDITOR)
                .body(followUp("Protokoll versenden", "2020-03-24", false))
                .post(FOLLOW_UPS, workshop)
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("workshopId", equalTo(workshop))
                .body("workshopTitle", equalTo("Nachbereitung"))
                .body("title", equalTo("Protokoll versenden"))
                .body("owner", equalTo("Wirtschaftsförderung"))
                .body("dueDate", equalTo("2020-03-24"))
                .body("done", equalTo(false))
                .body("overdue", equalTo(true))
                .extract()
                .path("id");
        as(VIEWER)
                .get(FOLLOW_UPS, workshop)
                .then()
                .statusCode(200)
                .body("workshopId", equalTo(workshop))
                .body("items.id", equalTo(List.of(id, later)))
                .body("items.overdue", equalTo(List.of(true, false)));

        Map<String, Object> done = followUp("Protokoll versenden", "2020-03-24", true);
        done.remove("owner");
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(done)
                .put(FOLLOW_UP, workshop, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("done", equalTo(true))
                .body("overdue", equalTo(false))
                .body("owner", nullValue());
        as(VIEWER).get(FOLLOW_UP, workshop, id).then().statusCode(200).header("ETag", "\"1\"");
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(done)
                .put(FOLLOW_UP, workshop, id)
                .then()
                .statusCode(412);
        as(EDITOR).body(done).put(FOLLOW_UP, workshop, id).then().statusCode(428);
        as(VIEWER)
                .header("If-Match", "\"1\"")
                .body(done)
                .put(FOLLOW_UP, workshop, id)
                .then()
                .statusCode(403);
        as(OTHER)
                .header("If-Match", "\"1\"")
                .body(done)
                .put(FOLLOW_UP, workshop, id)
                .then()
                .statusCode(404);
        as(OTHER).get(FOLLOW_UPS, workshop).then().statusCode(404).contentType(PROBLEM);
        as(VIEWER).body(done).post(FOLLOW_UPS, workshop).then().statusCode(403);
        as(EDITOR)
                .body(Map.of("title", "", "owner", "x".repeat(201)))
                .post(FOLLOW_UPS, workshop)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("dueDate", "owner", "title")));
        as(EDITOR)
                .body(followUp("Falsches Datum", "31.12.2026", false))
                .post(FOLLOW_UPS, workshop)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("dueDate"));

        as(VIEWER)
                .header("If-Match", "\"1\"")
                .delete(FOLLOW_UP, workshop, id)
                .then()
                .statusCode(403);
        as(EDITOR).delete(FOLLOW_UP, workshop, id).then().statusCode(428);
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .delete(FOLLOW_UP, workshop, id)
                .then()
                .statusCode(204);
        as(EDITOR).get(FOLLOW_UP, workshop, id).then().statusCode(404);
    }

    @Test
    void listsOverdueFollowUpsOfTheWorkshopsTheCallerMayRead() {
        String eksempelby = organizations.id(Organizations.EKSEMPELBY).toString();
        String a = createWorkshop(OTHER, workshop("Opstart"));
        String b = createWorkshop(OTHER, workshop("Statusmøde"));
        String aOpen = add(OTHER, a, followUp("Referat udsendes", "2020-01-01", false));
        String aDone = add(OTHER, a, followUp("Lokale bookes", "2020-01-02", true));
        String bOpen = add(OTHER, b, followUp("Projektliste opdateres", "2021-05-05", false));
        String bLater = add(OTHER, b, followUp("Evaluering", "2199-01-01", false));
        String musterstadt = add(EDITOR, createWorkshop("Eigenes", 30), followUp("Eigenes", "2020-01-01", false));
        Map<String, Object> shared = workshop("Geteilt");
        shared.put("visibility", "NETWORK");
        String peer = add(PEER, createWorkshop(PEER, shared), followUp("Geteilt", "2020-01-01", false));
        String readerOfEksempelby = Tokens.member("eksempelby", "viewer");

        var first = as(readerOfEksempelby)
                .queryParam("overdue", "true")
                .queryParam("organizationId", eksempelby)
                .queryParam("limit", 1)
                .get("/api/v1/follow-ups")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(aOpen)))
                .body("items[0].workshopId", equalTo(a))
                .body("items[0].workshopTitle", equalTo("Opstart"))
                .body("items[0].overdue", equalTo(true))
                .extract();
        as(readerOfEksempelby)
                .queryParam("overdue", "true")
                .queryParam("organizationId", eksempelby)
                .queryParam("limit", 1)
                .queryParam("cursor", first.<String>path("next"))
                .get("/api/v1/follow-ups")
                .then()
                .body("items.id", equalTo(List.of(bOpen)))
                .body("items[0].workshopTitle", equalTo("Statusmøde"))
                .body("next", nullValue());
        as(readerOfEksempelby)
                .queryParam("overdue", "false")
                .queryParam("organizationId", eksempelby)
                .get("/api/v1/follow-ups")
                .then()
                .body("items.id", equalTo(List.of(aDone, bLater)));
        as(readerOfEksempelby)
                .queryParam("organizationId", eksempelby)
                .get("/api/v1/follow-ups")
                .then()
                .body("items.id", equalTo(List.of(aOpen, aDone, bOpen, bLater)));

        as(readerOfEksempelby)
                .queryParam("overdue", "true")
                .queryParam("limit", 100)
                .get("/api/v1/follow-ups")
                .then()
                .body("items.id", not(hasItem(musterstadt)))
                .body("items.id", not(hasItem(peer)));
        as(VIEWER)
                .queryParam("overdue", "true")
                .queryParam("limit", 100)
                .get("/api/v1/follow-ups")
                .then()
                .body("items.id", hasItem(musterstadt))
                .body("items.id", hasItem(peer))
                .body("items.id", not(hasItem(aOpen)));

        as(VIEWER)
                .queryParam("overdue", "maybe")
                .get("/api/v1/follow-ups")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("overdue"));
        as(VIEWER)
                .queryParam("cursor", "bm90LWEtY3Vyc29y")
                .get("/api/v1/follow-ups")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }
}
