package city.circular.hub.demo;

import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo advisor, council decision and follow group as a fresh start-up creates them, as the realm's users see. */
@QuarkusTest
@TestProfile(StrategyContentDemoTest.DemoDataOn.class)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AnchoringDemoTest {

    @Test
    void theCoordinatorAdvisesMusterstadtWithTwoCheckIns() {
        String advisor = Tokens.user(AnchoringDemo.ADVISOR, "/organizations/kreislauf-netzwerk/admin");
        as(advisor)
                .get("/api/v1/advisor-portfolio")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].assignment.municipality.name", equalTo("Stadt Musterstadt"))
                .body("items[0].lastCheckIn", equalTo(today().minusDays(21).toString()))
                .body("items[0].nextFollowUp", equalTo(today().plusDays(14).toString()));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void musterstadtsAdoptionNamesItsCouncilDecisionAndItsFollowGroupMet() {
        String viewer = Tokens.member("musterstadt", "viewer");
        String decision = as(viewer)
                .get("/api/v1/council-decisions")
                .then()
                .statusCode(200)
                .body("items.reference", equalTo(List.of("Drucksache 0815/2025")))
                .extract()
                .path("items[0].id");
        as(viewer)
                .queryParam("status", "ADOPTED")
                .get("/api/v1/strategies")
                .then()
                .statusCode(200)
                .body("items[0].adoption.decisionId", equalTo(decision));
        String group = as(viewer)
                .get("/api/v1/follow-groups")
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of(AnchoringDemo.FOLLOW_GROUP)))
                .extract()
                .path("items[0].id");
        as(viewer)
                .get("/api/v1/follow-groups/{id}/meetings", group)
                .then()
                .statusCode(200)
                .body("items", hasSize(2));
        as(Tokens.member("eksempelby", "viewer"))
                .get("/api/v1/follow-groups")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }
}
