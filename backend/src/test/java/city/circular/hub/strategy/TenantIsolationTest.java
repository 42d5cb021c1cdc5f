package city.circular.hub.strategy;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import city.circular.hub.support.Api;
import city.circular.hub.support.IsolationCaller;
import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Organization × role × visibility × operation. A strategy owned by Musterstadt is read by members of Musterstadt,
 * by Nachbarstadt (which shares a network) only when it is NETWORK or PUBLIC, by Eksempelby only when PUBLIC; only
 * Musterstadt's editors and admins change it. What a caller may not read answers 404, never 403 or 200.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TenantIsolationTest {

    @Inject
    Organizations organizations;

    @BeforeEach
    void organizations() {
        organizations.id(Organizations.MUSTERSTADT);
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (IsolationCaller caller : IsolationCaller.values()) {
            for (String visibility : List.of("PRIVATE", "NETWORK", "PUBLIC")) {
                cases.add(Arguments.of(caller, visibility));
            }
        }
        return cases.stream();
    }

    private static String ownedStrategy(String visibility) {
        return Api.createStrategy(
                IsolationCaller.OWNER_EDITOR.token,
                Map.of("title", "Isolation " + visibility + " " + UUID.randomUUID(), "visibility", visibility));
    }

    @ParameterizedTest(name = "{0} on a {1} strategy")
    @MethodSource("matrix")
    void enforcesReadAndWriteRules(IsolationCaller caller, String visibility) {
        String id = ownedStrategy(visibility);
        String title = Api.getStrategy(IsolationCaller.OWNER_EDITOR.token, id)
                .extract()
                .path("title");
        int read = caller.reads(visibility) ? 200 : 404;
        int write = caller.writeStatus(visibility);

        as(caller.token).get("/api/v1/strategies/{id}", id).then().statusCode(read);
        var listed = as(caller.token)
                .queryParam("q", title)
                .get("/api/v1/strategies")
                .then()
                .statusCode(200);
        if (read == 200) {
            listed.body("items.id", hasItem(id));
        } else {
            listed.body("items.id", not(hasItem(id)));
        }

        var update = as(caller.token)
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "Übernommen", "visibility", visibility))
                .put("/api/v1/strategies/{id}", id)
                .then()
                .statusCode(write == 200 ? 200 : write);
        if (write != 200) {
            update.contentType(PROBLEM);
        }
        String ifMatch = write == 200 ? "\"1\"" : "\"0\"";
        as(caller.token)
                .header("If-Match", ifMatch)
                .body(Map.of("status", "IN_REVIEW"))
                .post("/api/v1/strategies/{id}/status", id)
                .then()
                .statusCode(write);
        int delete = write == 200 ? 204 : write;
        as(caller.token)
                .header("If-Match", write == 200 ? "\"2\"" : "\"0\"")
                .delete("/api/v1/strategies/{id}", id)
                .then()
                .statusCode(delete);

        if (write != 200) {
            Api.getStrategy(IsolationCaller.OWNER_EDITOR.token, id)
                    .statusCode(200)
                    .body("title", equalTo(title))
                    .body("status", equalTo("DRAFT"))
                    .body("version", equalTo(0));
        }
    }

    @Test
    void createsOnlyForOrganizationsTheCallerEdits() {
        UUID musterstadt = organizations.id(Organizations.MUSTERSTADT);
        for (IsolationCaller caller : IsolationCaller.values()) {
            int expected = caller.writes ? 201 : 403;
            as(caller.token)
                    .body(Map.of("title", "Neu " + caller, "organizationId", musterstadt.toString()))
                    .post("/api/v1/strategies")
                    .then()
                    .statusCode(expected);
        }
        as(IsolationCaller.OWNER_VIEWER.token)
                .body(Map.of("title", "Ohne Organisation"))
                .post("/api/v1/strategies")
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("detail", equalTo("You are not an editor of any organization."));
    }

    @Test
    void askesForOrganizationWhenCallerEditsForSeveral() {
        String both =
                Tokens.user("two-hats", "/organizations/musterstadt/editor", "/organizations/nachbarstadt/editor");
        as(both).body(Map.of("title", "Welche Stadt?"))
                .post("/api/v1/strategies")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("organizationId"));
        UUID nachbarstadt = organizations.id(Organizations.NACHBARSTADT);
        String organizationId = as(both).body(
                        Map.of("title", "Nachbarstadt", "organizationId", nachbarstadt.toString()))
                .post("/api/v1/strategies")
                .then()
                .statusCode(201)
                .extract()
                .path("organizationId");
        assertEquals(nachbarstadt.toString(), organizationId);
    }

    @Test
    void ownerFilterDoesNotWidenWhatIsVisible() {
        String id = ownedStrategy("PRIVATE");
        as(IsolationCaller.OTHER_COUNTRY_EDITOR.token)
                .queryParam(
                        "organizationId",
                        organizations.id(Organizations.MUSTERSTADT).toString())
                .queryParam("limit", 100)
                .get("/api/v1/strategies")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)))
                .body("items.visibility", not(hasItem("PRIVATE")))
                .body("items.visibility", not(hasItem("NETWORK")));
    }
}
