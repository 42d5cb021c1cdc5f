package city.circular.hub.organization;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Creating records is for editors: a caller whose token names no editor membership is refused before the body is
 * validated, so a large invalid body costs no validation and answers a short 403, not a list of errors.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EditorGateTest {

    static final List<String> CREATING = List.of(
            "/api/v1/strategies",
            "/api/v1/stakeholders",
            "/api/v1/fields-of-action",
            "/api/v1/workshops",
            "/api/v1/starter-projects",
            "/api/v1/council-decisions",
            "/api/v1/follow-groups");

    @Inject
    Organizations organizations;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
    }

    @Test
    void refusesReadOnlyCallersBeforeValidatingTheBody() {
        Map<String, Object> invalid = Map.of("title", " ", "fieldsOfAction", Collections.nCopies(900, "x"));
        for (String token : List.of(Tokens.member("musterstadt", "viewer"), Tokens.user("nobody"))) {
            for (String path : CREATING) {
                as(token)
                        .body(invalid)
                        .post(path)
                        .then()
                        .statusCode(403)
                        .contentType(PROBLEM)
                        .body("detail", equalTo("You are not an editor of any organization."))
                        .body("errors", nullValue());
            }
            as(token)
                    .contentType("text/csv")
                    .body("name,sector\n" + "x,NOPE\n".repeat(5000))
                    .post("/api/v1/stakeholders/import")
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
        }
    }

    @Test
    void editorsStillGetTheirFieldErrors() {
        for (String path : CREATING) {
            as(Tokens.member("musterstadt", "editor"))
                    .body(Map.of("title", " ", "name", " "))
                    .post(path)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM);
        }
        as(Tokens.member("musterstadt", "viewer"))
                .body(Map.of())
                .post("/api/v1/strategies")
                .then()
                .statusCode(403);
        io.restassured.RestAssured.given()
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/strategies")
                .then()
                .statusCode(401);
    }
}
