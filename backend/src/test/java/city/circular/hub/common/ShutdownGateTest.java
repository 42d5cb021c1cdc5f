package city.circular.hub.common;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import city.circular.hub.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Once shutdown has begun, a new API request answers 503 problem+json with Retry-After without running (its write
 * is not made), while health stays reachable. The whole shutdown under load is scripts/fault-postgres.sh's.
 */
@QuarkusTest
@TestProfile(ShutdownGateTest.OwnApplication.class)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ShutdownGateTest {

    /** An application of its own: the drain below must not reach other test classes. */
    public static class OwnApplication implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cch.test.profile", "shutdown-gate");
        }
    }

    @Inject
    ShutdownGate gate;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void requestsAfterTheStartOfShutdownAnswer503AndWriteNothing() throws SQLException {
        String editor = Tokens.member("musterstadt", "editor");
        as(editor).get("/api/v1/strategies").then().statusCode(200);

        gate.beginDrain();

        as(editor)
                .body(Map.of("title", "Nach dem Herunterfahren"))
                .post("/api/v1/strategies")
                .then()
                .statusCode(503)
                .contentType(PROBLEM)
                .header("Retry-After", "5")
                .header("Connection", "close")
                .body("type", equalTo("https://circular-city-hub.example/problems/unavailable"))
                .body("detail", equalTo("The service is shutting down. Try again in a few seconds."));
        given().get("/q/health/live").then().statusCode(200);
        assertTrue(gate.draining());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count =
                        connection.prepareStatement("select count(*) from strategy where title = ?")) {
            count.setString(1, "Nach dem Herunterfahren");
            ResultSet rows = count.executeQuery();
            rows.next();
            assertEquals(0, rows.getInt(1));
        }
    }
}
