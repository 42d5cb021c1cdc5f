package city.circular.hub.network;

import static city.circular.hub.network.NetworkFixtures.MEMBER;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;

import city.circular.hub.support.Api;
import city.circular.hub.support.Organizations;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The caller's network peers are cached per token; joining and leaving a network take effect with the very next
 * request all the same, for a token whose context is already cached.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class NetworkPeerCacheTest {

    @Inject
    Organizations organizations;

    @Test
    void joiningAndBeingRemovedTakeEffectAtOnce() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        String shared =
                Api.createStrategy(f.editorOf("mema"), Map.of("title", "Geteilt " + f.suffix, "visibility", "NETWORK"));
        String invitee = f.viewerOf("inv");
        // Read twice while invited: the invitee's context is cached, without the network's members as peers.
        Api.getStrategy(invitee, shared).statusCode(404);
        Api.getStrategy(invitee, shared).statusCode(404);

        f.accept(f.invitedId, f.adminOf("inv"));
        Api.getStrategy(invitee, shared).statusCode(200);
        as(invitee)
                .queryParam("organizationId", f.memberA.toString())
                .get("/api/v1/strategies")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(shared)));
        // And the other side: member A's cached context now counts the newcomer as a peer.
        String ofInvitee =
                Api.createStrategy(f.editorOf("inv"), Map.of("title", "Neu " + f.suffix, "visibility", "NETWORK"));
        Api.getStrategy(f.viewerOf("mema"), ofInvitee).statusCode(200);

        as(f.coordinatorAdmin())
                .post(MEMBER + "/remove", f.networkId, f.invitedId)
                .then()
                .statusCode(200)
                .body("status", equalTo("REMOVED"));
        Api.getStrategy(invitee, shared).statusCode(404);
        Api.getStrategy(f.viewerOf("mema"), ofInvitee).statusCode(404);
    }

    @Test
    void deletingTheNetworkEndsPeerAccessAtOnce() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        String shared =
                Api.createStrategy(f.editorOf("mema"), Map.of("title", "Geteilt " + f.suffix, "visibility", "NETWORK"));
        Api.getStrategy(f.viewerOf("memb"), shared).statusCode(200);
        String etag = as(f.coordinatorAdmin())
                .get(NetworkFixtures.NETWORK, f.networkId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        as(f.coordinatorAdmin())
                .header("If-Match", etag)
                .delete(NetworkFixtures.NETWORK, f.networkId)
                .then()
                .statusCode(204);
        Api.getStrategy(f.viewerOf("memb"), shared).statusCode(404);
    }
}
