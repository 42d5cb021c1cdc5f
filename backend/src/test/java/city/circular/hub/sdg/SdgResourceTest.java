package city.circular.hub.sdg;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SdgResourceTest {

    @Test
    void listsAll17GoalsWithAll169TargetsInOrder() {
        var response = as(Tokens.user("nobody"))
                .get("/api/v1/sdgs")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .header("Cache-Control", "max-age=86400")
                .body("number", equalTo(IntStream.rangeClosed(1, 17).boxed().toList()))
                .body("colour", everyItem(matchesPattern("#[0-9A-F]{6}")))
                .body("targets.flatten()", hasSize(169))
                .body("targets.flatten().title", everyItem(matchesPattern(".{20,400}")))
                .extract();
        List<Integer> targetsPerGoal = response.path("targets.collect { it.size() }");
        assertEquals(List.of(7, 8, 13, 10, 9, 8, 5, 12, 8, 10, 10, 11, 5, 10, 12, 12, 19), targetsPerGoal);
    }

    @Test
    void describesEachGoalInThreeLanguagesWithItsOfficialColour() {
        as(Tokens.member("eksempelby", "viewer"))
                .get("/api/v1/sdgs")
                .then()
                .statusCode(200)
                .body("[11].number", equalTo(12))
                .body("[11].title.en", equalTo("Responsible consumption and production"))
                .body("[11].title.de", equalTo("Nachhaltige/r Konsum und Produktion"))
                .body("[11].title.da", equalTo("Ansvarligt forbrug og produktion"))
                .body("[11].colour", equalTo("#BF8B2E"))
                .body(
                        "[11].targets.code",
                        equalTo(List.of(
                                "12.1", "12.2", "12.3", "12.4", "12.5", "12.6", "12.7", "12.8", "12.a", "12.b",
                                "12.c")))
                .body(
                        "[11].targets[4].title",
                        equalTo("By 2030, substantially reduce waste generation through prevention, reduction, "
                                + "recycling and reuse"))
                .body("[7].targets.code[9]", equalTo("8.10"))
                .body("[0].colour", equalTo("#E5243B"))
                .body("[16].title.da", equalTo("Partnerskaber for handling"));
    }

    @Test
    void requiresABearerToken() {
        given().get("/api/v1/sdgs")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/unauthenticated"));
    }
}
