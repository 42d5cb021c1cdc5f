package city.circular.hub.workshop;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static city.circular.hub.workshop.WorkshopFixtures.EDITOR;
import static city.circular.hub.workshop.WorkshopFixtures.createWorkshop;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import city.circular.hub.support.Organizations;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the HTTP layer refuses on every workshop endpoint that takes a body: the documented 400, 413 and 415. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WorkshopProtocolTest {

    @Inject
    Organizations organizations;

    private List<String[]> bodyEndpoints() {
        organizations.id(Organizations.MUSTERSTADT);
        String workshop = createWorkshop("Protokoll", 10);
        String base = "/api/v1/workshops/" + workshop;
        return List.of(
                new String[] {"POST", "/api/v1/workshops"},
                new String[] {"PUT", base},
                new String[] {"PUT", base + "/agenda"},
                new String[] {"POST", base + "/participants"},
                new String[] {"POST", base + "/outcomes"},
                new String[] {"POST", base + "/follow-ups"});
    }

    @Test
    void refusesMissingOversizedAndNonJsonBodies() {
        for (String[] endpoint : bodyEndpoints()) {
            String method = endpoint[0];
            String path = endpoint[1];
            as(EDITOR)
                    .header("If-Match", "\"0\"")
                    .request(method, path)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM);
            as(EDITOR)
                    .header("If-Match", "\"0\"")
                    .body("{\"title\": ")
                    .request(method, path)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("type", equalTo("https://circular-city-hub.example/problems/malformed-request"));
            as(EDITOR)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("title", "x".repeat(1_100_000)))
                    .request(method, path)
                    .then()
                    .statusCode(413)
                    .contentType(PROBLEM);
            given().auth()
                    .oauth2(EDITOR)
                    .header("If-Match", "\"0\"")
                    .contentType(ContentType.TEXT)
                    .body("title=x")
                    .request(method, path)
                    .then()
                    .statusCode(415)
                    .contentType(PROBLEM);
        }
    }

    @Test
    void answersOnlyInJsonOrTheExportFormats() {
        String workshop = bodyEndpoints().get(1)[1];
        for (String path : List.of(
                "/api/v1/workshops",
                "/api/v1/follow-ups",
                workshop,
                workshop + "/agenda",
                workshop + "/participants",
                workshop + "/outcomes",
                workshop + "/follow-ups",
                workshop + "/participants/export")) {
            given().auth()
                    .oauth2(EDITOR)
                    .accept(ContentType.XML)
                    .get(path)
                    .then()
                    .statusCode(406)
                    .contentType(PROBLEM);
        }
    }
}
