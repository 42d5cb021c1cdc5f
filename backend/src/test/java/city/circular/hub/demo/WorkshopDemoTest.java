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
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Musterstadt's demo workshops as a fresh start-up creates them, once. */
@QuarkusTest
@TestProfile(StrategyContentDemoTest.DemoDataOn.class)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WorkshopDemoTest {

    @Inject
    WorkshopDemo demo;

    @Test
    void holdsTwoWorkshopsWithParticipantsOutcomesAndOneOverdueFollowUp() {
        String viewer = Tokens.member("musterstadt", "viewer");
        String musterstadt = as(viewer).get("/api/v1/me").then().extract().path("memberships[0].organization.id");
        List<String> ids = as(viewer)
                .queryParam("organizationId", musterstadt)
                .get("/api/v1/workshops")
                .then()
                .statusCode(200)
                .body("items.title", equalTo(List.of(WorkshopDemo.KICK_OFF, WorkshopDemo.PROJECT_DEVELOPMENT)))
                .body("items.purpose", equalTo(List.of("KICK_OFF", "PROJECT_DEVELOPMENT")))
                .body("items.status", equalTo(List.of("HELD", "HELD")))
                .body("items.seatsTaken", equalTo(List.of(28, 26)))
                .extract()
                .path("items.id");

        as(viewer)
                .get("/api/v1/workshops/{id}", ids.getFirst())
                .then()
                .body("agenda.plannedMinutes", equalTo(220))
                .body("agenda.availableMinutes", equalTo(240))
                .body("facilitators.size()", equalTo(2));
        as(viewer)
                .get("/api/v1/workshops/{id}/participants", ids.getFirst())
                .then()
                .body("items", hasSize(30))
                .body("counts.attended", equalTo(28))
                .body("counts.noShow", equalTo(2));
        as(viewer)
                .get("/api/v1/workshops/{id}/outcomes", ids.get(1))
                .then()
                .body(
                        "items.findAll { it.type == 'PROJECT_PROPOSAL' }.convertedTo.kind",
                        equalTo(List.of("STARTER_PROJECT", "STARTER_PROJECT")));
        as(viewer)
                .queryParam("organizationId", musterstadt)
                .queryParam("overdue", "true")
                .get("/api/v1/follow-ups")
                .then()
                .body("items.title", equalTo(List.of("Fördermöglichkeiten für das Bauteillager klären")));

        demo.load(null);
        as(viewer)
                .queryParam("organizationId", musterstadt)
                .get("/api/v1/workshops")
                .then()
                .body("items", hasSize(2));
    }
}
