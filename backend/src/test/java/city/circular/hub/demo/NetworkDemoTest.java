package city.circular.hub.demo;

import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo networks as a fresh start-up creates them, once, as the demo realm's users see them. */
@QuarkusTest
@TestProfile(StrategyContentDemoTest.DemoDataOn.class)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class NetworkDemoTest {

    @Inject
    NetworkDemo demo;

    @Test
    void coordinatorRunsTheGermanConsortiumWithFourCitiesEventsAndReports() {
        String coordinator = Tokens.member("kreislauf-netzwerk", "admin");
        String id = as(coordinator)
                .get("/api/v1/networks")
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of(NetworkDemo.CONSORTIUM)))
                .body("items[0].kind", equalTo("CITY_CONSORTIUM"))
                .body("items[0].memberCount", equalTo(5))
                .body("items[0].currency", equalTo("EUR"))
                .extract()
                .path("items[0].id");
        as(coordinator)
                .get("/api/v1/networks/{id}/members", id)
                .then()
                .body(
                        "items.organization.name",
                        hasItems("Stadt Musterstadt", "Stadt Beispielhausen", "Neustadt am Fluss", "Gemeinde Altheim"))
                .body("items.findAll { it.role == 'MEMBER_MUNICIPALITY' }.size()", equalTo(4));
        List<String> events = as(Tokens.member("musterstadt", "viewer"))
                .queryParam("limit", 100)
                .get("/api/v1/networks/{id}/events", id)
                .then()
                .statusCode(200)
                .body(
                        "items.kind",
                        equalTo(List.of(
                                "KICK_OFF",
                                "VIRTUAL_STATUS_UPDATE",
                                "IN_PERSON",
                                "VIRTUAL_STATUS_UPDATE",
                                "IN_PERSON",
                                "VIRTUAL_STATUS_UPDATE",
                                "IN_PERSON")))
                .extract()
                .path("items.id");
        as(coordinator)
                .get("/api/v1/networks/{id}/events/{e}/attendance", id, events.getFirst())
                .then()
                .body("items.findAll { it.status == 'ATTENDED' }.size()", equalTo(5))
                .body("people", equalTo(14));
        as(coordinator)
                .get("/api/v1/networks/{id}/events/{e}/status-reports", id, events.get(1))
                .then()
                .body("items.size()", equalTo(3))
                .body("members.reported", equalTo(List.of(false, true, true, true)))
                .body(
                        "members.organization.name",
                        equalTo(List.of(
                                "Gemeinde Altheim", "Neustadt am Fluss", "Stadt Beispielhausen", "Stadt Musterstadt")));
        // Musterstadt's second report follows its first.
        as(Tokens.member("musterstadt", "editor"))
                .get("/api/v1/networks/{id}/events/{e}/status-reports", id, events.get(3))
                .then()
                .body("items.size()", equalTo(1))
                .body("items[0].organization.name", equalTo("Stadt Musterstadt"))
                .body("items[0].figures.workshopsHeld.size()", equalTo(1));
    }

    @Test
    void eksempelbySeesTheDanishPartnershipNotTheGermanConsortium() {
        String eksempelby = Tokens.member("eksempelby", "viewer");
        String id = as(eksempelby)
                .get("/api/v1/networks")
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of(NetworkDemo.PARTNERSHIP)))
                .body("items[0].memberCount", equalTo(4))
                .body("items[0].coordinator.name", equalTo("Sekretariatet for Cirkulære Kommuner"))
                .extract()
                .path("items[0].id");
        as(eksempelby)
                .get("/api/v1/networks/{id}/events", id)
                .then()
                .body(
                        "items.kind",
                        equalTo(List.of("KICK_OFF", "VIRTUAL_STATUS_UPDATE", "STUDY_TRIP", "VIRTUAL_STATUS_UPDATE")));
        // Musterstadt and Eksempelby share no network, so their NETWORK records stay apart.
        as(Tokens.member("musterstadt", "viewer"))
                .get("/api/v1/networks/{id}/events", id)
                .then()
                .statusCode(404);
    }
}
