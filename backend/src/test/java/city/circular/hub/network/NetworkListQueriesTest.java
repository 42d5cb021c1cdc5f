package city.circular.hub.network;

import static city.circular.hub.network.NetworkEventTest.ATTENDANCE;
import static city.circular.hub.network.NetworkFixtures.MEMBERS;
import static city.circular.hub.network.NetworkFixtures.NETWORKS;
import static city.circular.hub.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import city.circular.hub.support.Organizations;
import city.circular.hub.support.Statements;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Network lists cost the same number of SQL statements for one item as for many. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class NetworkListQueriesTest {

    @Inject
    Organizations organizations;

    @Inject
    Statements statements;

    @Test
    void listsRunAFixedNumberOfStatements() {
        NetworkFixtures small = NetworkFixtures.organizations(organizations);
        as(small.coordinatorAdmin())
                .body(NetworkFixtures.network("Eins"))
                .post(NETWORKS)
                .then()
                .statusCode(201);
        NetworkFixtures large = NetworkFixtures.network(organizations);
        for (String name : new String[] {"Zwei", "Drei", "Vier"}) {
            as(large.coordinatorAdmin())
                    .body(NetworkFixtures.network(name))
                    .post(NETWORKS)
                    .then()
                    .statusCode(201);
        }
        assertEquals(
                statements.during(
                        () -> as(small.coordinatorAdmin()).get(NETWORKS).then().statusCode(200)),
                statements.during(
                        () -> as(large.coordinatorAdmin()).get(NETWORKS).then().statusCode(200)),
                "networks: one and four");

        String smallNetwork =
                as(small.coordinatorAdmin()).get(NETWORKS).then().extract().path("items[0].id");
        assertEquals(
                statements.during(() -> as(small.coordinatorAdmin())
                        .get(MEMBERS, smallNetwork)
                        .then()
                        .statusCode(200)),
                statements.during(() -> as(large.coordinatorAdmin())
                        .get(MEMBERS, large.networkId)
                        .then()
                        .statusCode(200)),
                "members: two and four");

        String eventOfLarge = NetworkEventTest.plan(
                large, NetworkEventTest.event("Treffen", "2026-03-12T09:00:00Z", "2026-03-12T11:00:00Z"));
        as(large.coordinatorEditor())
                .body(Map.of("status", "REGISTERED", "people", 2))
                .put(ATTENDANCE + "/{organizationId}", large.networkId, eventOfLarge, large.memberA)
                .then()
                .statusCode(200);
        String eventOfSmall = as(small.coordinatorEditor())
                .body(NetworkEventTest.event("Treffen", "2026-03-12T09:00:00Z", "2026-03-12T11:00:00Z"))
                .post(NetworkEventTest.EVENTS, smallNetwork)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertEquals(
                statements.during(() -> as(small.coordinatorEditor())
                        .get(ATTENDANCE, smallNetwork, eventOfSmall)
                        .then()
                        .statusCode(200)),
                statements.during(() -> as(large.coordinatorEditor())
                        .get(ATTENDANCE, large.networkId, eventOfLarge)
                        .then()
                        .statusCode(200)),
                "attendance: one and three recorded");
    }

    @Test
    void theDashboardReadsTheNetworkAndItsMembersOnce() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        long statementsOfTheDashboard = statements.during(() -> as(f.editorOf("mema"))
                .get(NETWORKS + "/{id}/dashboard", f.networkId)
                .then()
                .statusCode(200));
        // The network, its open memberships and its coordinator once each, then the figures (13 while the network and
        // its memberships were read three times).
        assertEquals(10, statementsOfTheDashboard);
    }
}
