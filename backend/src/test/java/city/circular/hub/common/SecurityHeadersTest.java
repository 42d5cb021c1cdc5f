package city.circular.hub.common;

import static city.circular.hub.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** API answers are never sniffed nor stored by caches; metrics are not open to anyone on the public port. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SecurityHeadersTest {

    static final String EDITOR = Tokens.member("musterstadt", "editor");

    @Inject
    Organizations organizations;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
    }

    @Test
    void personalDataAndRecordsAreNeitherSniffedNorStored() {
        String stakeholder = as(EDITOR)
                .body(Map.of("name", "Kammer", "sector", "CHAMBER"))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .extract()
                .path("id");
        for (String path : List.of(
                "/api/v1/me",
                "/api/v1/stakeholders/" + stakeholder + "/contacts",
                "/api/v1/starter-projects/export",
                "/api/v1/strategies",
                "/api/v1/dashboard")) {
            given().auth()
                    .oauth2(EDITOR)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", "no-store")
                    .header("X-Content-Type-Options", "nosniff");
        }
        given().get("/api/v1/me")
                .then()
                .statusCode(401)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
        as(EDITOR).get("/api/v1/sdgs").then().statusCode(200).header("Cache-Control", "max-age=86400");
        given().get("/q/health/live").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void metricsNeedTheMetricsReaderOrPlatformAdminRole() {
        given().get("/q/metrics").then().statusCode(401);
        given().auth().oauth2(EDITOR).get("/q/metrics").then().statusCode(403);
        given().auth().oauth2(Tokens.platformAdmin()).get("/q/metrics").then().statusCode(200);
        given().auth()
                .oauth2(Tokens.claims("prometheus", java.util.Set.of(), List.of("metrics-reader"))
                        .sign())
                .get("/q/metrics")
                .then()
                .statusCode(200);
    }

    @Test
    void healthHidesDetailsFromAnonymousCallers() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks", equalTo(List.of(Map.of("name", "database", "status", "UP"))));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
