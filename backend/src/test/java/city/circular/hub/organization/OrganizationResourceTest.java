package city.circular.hub.organization;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class OrganizationResourceTest {

    @Inject
    Organizations organizations;

    UUID musterstadt;

    @BeforeEach
    void setUp() {
        musterstadt = organizations.id(Organizations.MUSTERSTADT);
    }

    @Test
    void meListsMembershipsFromTokenGroups() {
        String token = Tokens.user(
                "erika",
                "/organizations/musterstadt/editor",
                "/organizations/musterstadt/viewer",
                "/organizations/eksempelby/viewer",
                "/organizations/unknown/admin",
                "/some/other/group");
        as(token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("username", equalTo("erika"))
                .body("displayName", equalTo("erika"))
                .body("platformAdmin", equalTo(false))
                .body("memberships.organization.slug", equalTo(List.of("eksempelby", "musterstadt")))
                .body("memberships.role", equalTo(List.of("VIEWER", "EDITOR")))
                .body("memberships[1].organization.id", equalTo(musterstadt.toString()));
        as(Tokens.platformAdmin()).get("/api/v1/me").then().body("platformAdmin", equalTo(true));
    }

    @Test
    void listsAndReadsOrganizations() {
        as(Tokens.member("eksempelby", "viewer"))
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("slug", hasItems("musterstadt", "nachbarstadt", "eksempelby"));
        as(Tokens.member("eksempelby", "viewer"))
                .get("/api/v1/organizations/{id}", musterstadt)
                .then()
                .statusCode(200)
                .body("slug", equalTo("musterstadt"))
                .body("country", equalTo("DE"));
        as(Tokens.member("eksempelby", "viewer"))
                .get("/api/v1/organizations/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        given().get("/api/v1/organizations").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void onlyPlatformAdminsCreateOrganizations() {
        String slug = "stadt-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body =
                Map.of("slug", slug, "name", "Neue Stadt", "kind", "MUNICIPALITY", "country", "DE", "population", 1000);
        as(Tokens.member("musterstadt", "admin"))
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/forbidden"));
        as(Tokens.platformAdmin())
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .body("slug", equalTo(slug))
                .body("kind", equalTo("MUNICIPALITY"));
        as(Tokens.platformAdmin())
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
        as(Tokens.platformAdmin())
                .body(Map.of("slug", "Not A Slug", "name", "", "kind", "CITY", "country", "de"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        as(Tokens.platformAdmin())
                .body(Map.of("slug", "Not A Slug", "name", "", "kind", "REGION", "country", "de"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("country", "name", "slug")));
    }

    @Test
    void exposesHealthWithoutTokenAndMetricsToPlatformAdmins() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(401);
        given().auth()
                .oauth2(Tokens.platformAdmin())
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("http_server_requests_seconds"));
    }
}
