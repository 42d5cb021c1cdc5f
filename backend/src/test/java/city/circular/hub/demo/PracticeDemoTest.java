package city.circular.hub.demo;

import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;

import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo practice library as a fresh start-up creates it, once. */
@QuarkusTest
@TestProfile(StrategyContentDemoTest.DemoDataOn.class)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PracticeDemoTest {

    @Test
    void holdsADozenPublishedPracticesInGermanAndDanishTwoOfThemAdopted() {
        String viewer = Tokens.member("eksempelby", "viewer");
        as(viewer)
                .get("/api/v1/practices?limit=100&status=PUBLISHED")
                .then()
                .statusCode(200)
                // Twelve in all; Eksempelby is in no network with Musterstadt (the demo networks are a German
                // consortium and a Danish partnership), so it reads Musterstadt's four PUBLIC ones and its own five.
                .body("total", equalTo(9))
                .body("items.findAll { it.language == 'de' }.size()", equalTo(4))
                .body("items.findAll { it.language == 'da' }.size()", equalTo(5))
                .body(
                        "items.findAll { it.adoptionCount == 1 }.title.sort()",
                        equalTo(List.of(PracticeDemo.BAUTEILBOERSE, PracticeDemo.REPAIR_CAFE)));
        as(Tokens.member("musterstadt", "viewer"))
                .get("/api/v1/practices?limit=100&status=PUBLISHED")
                .then()
                .statusCode(200)
                .body("total", equalTo(10))
                .body("items.findAll { it.language == 'de' }.size()", equalTo(7));
        // Found by a German and by a Danish word.
        as(viewer)
                .get("/api/v1/practices?q=Bauteile")
                .then()
                .body("items[0].title", equalTo(PracticeDemo.BAUTEILBOERSE));
        as(viewer).get("/api/v1/practices?q=genbrug&language=da").then().body("total", equalTo(2));
        String bau = as(viewer)
                .get("/api/v1/practices?q=Bauteilbörse")
                .then()
                .extract()
                .path("items[0].id");
        as(viewer)
                .get("/api/v1/practices/{id}/adoptions", bau)
                .then()
                .body("items[0].organizationName", equalTo("Eksempelby Kommune"))
                .body("items[0].feedback.wouldRecommend", equalTo(true));
        as(viewer)
                .get("/api/v1/practices/{id}/comments", bau)
                .then()
                .body("items[0].kind", equalTo("QUESTION"))
                .body("items[0].organizationName", equalTo("Eksempelby Kommune"));
        as(Tokens.member("musterstadt", "viewer"))
                .get("/api/v1/practices/{id}", bau)
                .then()
                .body("sourceProjectId", org.hamcrest.Matchers.notNullValue());
    }
}
