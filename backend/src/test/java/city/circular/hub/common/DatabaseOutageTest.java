package city.circular.hub.common;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With PostgreSQL unreachable the API answers 503 problem+json with Retry-After after a bounded wait, readiness is
 * down without telling anyone where the database is, and liveness stays up.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.Unreachable.class)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DatabaseOutageTest {

    /** Nothing listens on port 1; nothing is migrated or validated at start-up. */
    public static class Unreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/unreachable",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.flyway.clean-at-start", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none",
                    "quarkus.datasource.jdbc.acquisition-timeout", "1S");
        }
    }

    @Test
    void answers503WithRetryAfterWithinABoundedTime() {
        long started = System.nanoTime();
        as(Tokens.member("musterstadt", "editor"))
                .get("/api/v1/strategies")
                .then()
                .statusCode(503)
                .contentType(PROBLEM)
                .header("Retry-After", "5")
                .body("type", equalTo("https://circular-city-hub.example/problems/unavailable"))
                .body(
                        "detail",
                        equalTo("The service cannot reach its database right now. Try again in a few seconds."));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 10_000, "answered after " + millis + " ms");
        as(Tokens.member("musterstadt", "editor"))
                .body(Map.of("title", "Ohne Datenbank"))
                .post("/api/v1/strategies")
                .then()
                .statusCode(503)
                .contentType(PROBLEM);
    }

    @Test
    void readinessIsDownWithoutDetailsAndLivenessStaysUp() {
        String body = given().get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks", equalTo(List.of(Map.of("name", "database", "status", "DOWN"))))
                .extract()
                .asString();
        assertTrue(!body.contains("127.0.0.1") && !body.contains(":1"), body);
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
