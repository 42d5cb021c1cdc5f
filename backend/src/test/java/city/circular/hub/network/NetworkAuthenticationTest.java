package city.circular.hub.network;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import city.circular.hub.support.Api;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every network endpoint answers 401 problem+json without a bearer token, before it looks at anything else. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class NetworkAuthenticationTest {

    private static final String N = "/api/v1/networks/00000000-0000-4000-8000-000000000001";
    private static final String E = N + "/events/00000000-0000-4000-8000-000000000002";
    private static final String M = N + "/members/00000000-0000-4000-8000-000000000003";
    private static final String R = E + "/status-reports";

    private record Call(String method, String path) {}

    @Test
    void everyEndpointNeedsABearerToken() {
        List<Call> calls = List.of(
                new Call("GET", "/api/v1/networks"),
                new Call("POST", "/api/v1/networks"),
                new Call("GET", N),
                new Call("PUT", N),
                new Call("DELETE", N),
                new Call("GET", N + "/members"),
                new Call("POST", N + "/members"),
                new Call("GET", M),
                new Call("PUT", M),
                new Call("POST", M + "/accept"),
                new Call("POST", M + "/decline"),
                new Call("POST", M + "/leave"),
                new Call("POST", M + "/remove"),
                new Call("GET", "/api/v1/network-invitations"),
                new Call("GET", N + "/events"),
                new Call("POST", N + "/events"),
                new Call("GET", E),
                new Call("PUT", E),
                new Call("DELETE", E),
                new Call("GET", E + "/attendance"),
                new Call("PUT", E + "/attendance/00000000-0000-4000-8000-000000000004"),
                new Call("GET", R),
                new Call("POST", R),
                new Call("GET", R + "/draft"),
                new Call("GET", R + "/00000000-0000-4000-8000-000000000005"),
                new Call("PUT", R + "/00000000-0000-4000-8000-000000000005"));
        for (Call call : calls) {
            given().contentType("application/json")
                    .body("{}")
                    .request(call.method(), call.path())
                    .then()
                    .statusCode(401)
                    .contentType(Api.PROBLEM)
                    .body("status", equalTo(401));
        }
    }
}
