package city.circular.hub.apiclient;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Without Keycloak admin access configured (the default), the feature says so; access is still checked first. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ApiClientsUnconfiguredTest {

    @Inject
    Organizations organizations;

    @Test
    void answers503SayingMachineClientsAreNotConfigured() {
        UUID org = organizations.create("clients-unconfigured");
        String admin = Tokens.member("clients-unconfigured", "admin");
        for (var response : new io.restassured.response.Response[] {
            as(admin).get("/api/v1/organizations/{id}/api-clients", org),
            as(admin)
                    .body(Map.of("name", "Script", "role", "EDITOR"))
                    .post("/api/v1/organizations/{id}/api-clients", org),
            as(admin).delete("/api/v1/organizations/{id}/api-clients/{c}", org, UUID.randomUUID())
        }) {
            response.then()
                    .statusCode(503)
                    .contentType(PROBLEM)
                    .body("type", equalTo("https://circular-city-hub.example/problems/unavailable"))
                    .body("detail", containsString("Machine clients are not configured"));
        }
        as(Tokens.member("clients-unconfigured", "editor"))
                .get("/api/v1/organizations/{id}/api-clients", org)
                .then()
                .statusCode(403);
    }
}
