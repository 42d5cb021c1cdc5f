package city.circular.hub.network;

import static city.circular.hub.network.NetworkFixtures.MEMBER;
import static city.circular.hub.network.NetworkFixtures.MEMBERS;
import static city.circular.hub.network.NetworkFixtures.NETWORK;
import static city.circular.hub.network.NetworkFixtures.NETWORKS;
import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import city.circular.hub.support.Api;
import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Membership is consent: invitations and requests, decisions by the other side, leaving and removal. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class NetworkMembershipTest {

    private static final String INVITATIONS = "/api/v1/network-invitations";

    @Inject
    Organizations organizations;

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Berlin")).toString();
    }

    @Test
    void invitedOrganizationsAdminSeesAndAcceptsTheInvitation() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        as(f.adminOf("inv"))
                .get(INVITATIONS)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo(f.invitedId))
                .body("items[0].networkId", equalTo(f.networkId))
                .body("items[0].networkName", equalTo("Netz " + f.suffix))
                .body("items[0].organization.id", equalTo(f.invited.toString()))
                .body("items[0].status", equalTo("INVITED"))
                .body("items[0].role", equalTo("MEMBER_MUNICIPALITY"))
                .body("items[0].joinedOn", nullValue());
        // Only admins decide; editors and viewers see nothing awaiting them.
        as(f.editorOf("inv")).get(INVITATIONS).then().statusCode(200).body("items.size()", equalTo(0));
        as(f.editorOf("inv"))
                .post(MEMBER + "/accept", f.networkId, f.invitedId)
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("detail", equalTo("Only the invited organization's admin decides on an invitation."));
        as(f.coordinatorAdmin())
                .post(MEMBER + "/accept", f.networkId, f.invitedId)
                .then()
                .statusCode(403);
        as(f.adminOf("out"))
                .post(MEMBER + "/accept", f.networkId, f.invitedId)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        as(f.adminOf("inv"))
                .post(MEMBER + "/accept", f.networkId, f.invitedId)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("ACCEPTED"))
                .body("joinedOn", equalTo(today()))
                .body("leftOn", nullValue())
                .body("updatedBy", equalTo("inv-" + f.suffix + "-admin"));
        as(f.adminOf("inv")).get(INVITATIONS).then().body("items.size()", equalTo(0));
        as(f.adminOf("inv"))
                .post(MEMBER + "/accept", f.networkId, f.invitedId)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body(
                        "detail",
                        equalTo("The membership is ACCEPTED: only an open invitation or request can be accepted or"
                                + " declined."));
        as(f.viewerOf("inv")).get(NETWORK, f.networkId).then().body("memberCount", equalTo(4));
    }

    @Test
    void invitedOrganizationDeclines() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        as(f.adminOf("inv"))
                .post(MEMBER + "/decline", f.networkId, f.invitedId)
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("joinedOn", nullValue());
        // A declined organization no longer reads the network.
        as(f.adminOf("inv")).get(NETWORK, f.networkId).then().statusCode(404);
        as(f.coordinatorAdmin())
                .get(MEMBERS, f.networkId)
                .then()
                .body("items.organization.id", equalTo(sortedByName(f, "coord", "mema", "memb")));
        as(f.coordinatorAdmin())
                .queryParam("status", "DECLINED")
                .get(MEMBERS, f.networkId)
                .then()
                .body("items.id", equalTo(List.of(f.invitedId)));
        // Once declined, the coordinator may invite again.
        f.invite(f.invited);
    }

    @Test
    void organizationAdminAsksToJoinAPublicNetworkAndTheCoordinatorAccepts() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        Map<String, Object> request = Map.of("organizationId", f.outsider.toString(), "role", "RESEARCH_PARTNER");
        // A private network is not visible to outsiders, so they cannot ask to join.
        as(f.adminOf("out")).body(request).post(MEMBERS, f.networkId).then().statusCode(404);
        Map<String, Object> open = NetworkFixtures.network("Netz " + f.suffix);
        open.put("visibility", "PUBLIC");
        as(f.coordinatorAdmin())
                .header("If-Match", "\"0\"")
                .body(open)
                .put(NETWORK, f.networkId)
                .then()
                .statusCode(200);
        as(f.editorOf("out"))
                .body(request)
                .post(MEMBERS, f.networkId)
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body(
                        "detail",
                        equalTo("Only the network's coordinator invites organizations, and only an organization's"
                                + " admin asks to join for it."));
        String requestId = as(f.adminOf("out"))
                .body(request)
                .post(MEMBERS, f.networkId)
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("REQUESTED"))
                .body("role", equalTo("RESEARCH_PARTNER"))
                .extract()
                .path("id");
        as(f.adminOf("out"))
                .body(request)
                .post(MEMBERS, f.networkId)
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
        as(f.coordinatorAdmin())
                .get(INVITATIONS)
                .then()
                .body("items.id", equalTo(List.of(requestId)))
                .body("items[0].status", equalTo("REQUESTED"));
        as(f.adminOf("out"))
                .post(MEMBER + "/accept", f.networkId, requestId)
                .then()
                .statusCode(403)
                .body("detail", equalTo("Only the network's coordinator decides on a request to join."));
        as(f.coordinatorEditor())
                .post(MEMBER + "/accept", f.networkId, requestId)
                .then()
                .statusCode(403);
        as(f.coordinatorAdmin())
                .post(MEMBER + "/accept", f.networkId, requestId)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("joinedOn", equalTo(today()));
    }

    @Test
    void invitationsNeedTheCoordinatorAndAKnownOrganizationOnlyOnce() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        Map<String, Object> invite = Map.of("organizationId", f.outsider.toString());
        as(f.adminOf("mema"))
                .body(invite)
                .post(MEMBERS, f.networkId)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        as(f.coordinatorEditor()).body(invite).post(MEMBERS, f.networkId).then().statusCode(403);
        as(f.coordinatorAdmin())
                .body(Map.of("organizationId", f.memberA.toString()))
                .post(MEMBERS, f.networkId)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body(
                        "detail",
                        equalTo("Mema-" + f.suffix
                                + " is already invited to, asking to join or a member of this network."));
        as(f.coordinatorAdmin())
                .body(Map.of("organizationId", "00000000-0000-4000-8000-000000000999"))
                .post(MEMBERS, f.networkId)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("organizationId"));
        as(f.coordinatorAdmin())
                .body(Map.of("role", "ADVISOR"))
                .post(MEMBERS, f.networkId)
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        as(f.coordinatorAdmin())
                .body(Map.of())
                .post(MEMBERS, f.networkId)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("organizationId"));
        as(Tokens.platformAdmin())
                .body(Map.of("organizationId", f.outsider.toString(), "role", "ASSOCIATED_PARTNER", "note", " Hallo "))
                .post(MEMBERS, f.networkId)
                .then()
                .statusCode(201)
                .body("status", equalTo("INVITED"))
                .body("role", equalTo("ASSOCIATED_PARTNER"))
                .body("note", equalTo("Hallo"))
                .body("organization.name", equalTo("Out-" + f.suffix));
    }

    @Test
    void membershipsAreReadByTheNetworksReadersOnly() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        for (String token :
                List.of(f.viewerOf("coord"), f.viewerOf("mema"), f.viewerOf("inv"), Tokens.platformAdmin())) {
            as(token).get(MEMBERS, f.networkId).then().statusCode(200).body("items.size()", equalTo(4));
            as(token)
                    .get(MEMBER, f.networkId, f.memberAId)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("organization.id", equalTo(f.memberA.toString()));
        }
        as(f.viewerOf("out")).get(MEMBERS, f.networkId).then().statusCode(404);
        as(f.viewerOf("out")).get(MEMBER, f.networkId, f.memberAId).then().statusCode(404);
        as(f.viewerOf("mema"))
                .get(MEMBER, f.networkId, "00000000-0000-4000-8000-000000000001")
                .then()
                .statusCode(404)
                .body("detail", equalTo("Membership does not exist or is not visible to you."));
        as(f.viewerOf("mema"))
                .queryParam("status", "GONE")
                .get(MEMBERS, f.networkId)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void coordinatorChangesRolesWithIfMatch() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        Map<String, Object> update = Map.of("role", "ADVISOR_ORGANIZATION", "note", "Beratung");
        as(f.adminOf("mema"))
                .header("If-Match", "\"1\"")
                .body(update)
                .put(MEMBER, f.networkId, f.memberAId)
                .then()
                .statusCode(403);
        as(f.coordinatorAdmin())
                .body(update)
                .put(MEMBER, f.networkId, f.memberAId)
                .then()
                .statusCode(428);
        as(f.coordinatorAdmin())
                .header("If-Match", "\"0\"")
                .body(update)
                .put(MEMBER, f.networkId, f.memberAId)
                .then()
                .statusCode(412);
        as(f.coordinatorAdmin())
                .header("If-Match", "\"1\"")
                .body(Map.of("note", "x"))
                .put(MEMBER, f.networkId, f.memberAId)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("role"));
        as(f.coordinatorAdmin())
                .header("If-Match", "\"1\"")
                .body(update)
                .put(MEMBER, f.networkId, f.memberAId)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("role", equalTo("ADVISOR_ORGANIZATION"))
                .body("note", equalTo("Beratung"))
                .body("status", equalTo("ACCEPTED"));
    }

    @Test
    void leavingEndsPeerAccessAtOnceAndInviteesAreNoPeers() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        String shared = Api.createStrategy(
                f.editorOf("mema"), Map.of("title", "Geteilte Strategie " + f.suffix, "visibility", "NETWORK"));
        String privateOne = Api.createStrategy(f.editorOf("mema"), Map.of("title", "Eigene Strategie"));
        String list = "/api/v1/strategies";
        // The other accepted member and the coordinator read the NETWORK strategy, not the private one.
        for (String token : List.of(f.viewerOf("memb"), f.viewerOf("coord"))) {
            Api.getStrategy(token, shared).statusCode(200);
            Api.getStrategy(token, privateOne).statusCode(404);
            as(token)
                    .queryParam("organizationId", f.memberA.toString())
                    .get(list)
                    .then()
                    .statusCode(200)
                    .body("items.id", equalTo(List.of(shared)));
        }
        // Invited but not accepted: no peer.
        Api.getStrategy(f.viewerOf("inv"), shared).statusCode(404);
        as(f.viewerOf("inv"))
                .queryParam("organizationId", f.memberA.toString())
                .get(list)
                .then()
                .body("items.size()", equalTo(0));

        as(f.editorOf("mema"))
                .post(MEMBER + "/leave", f.networkId, f.memberAId)
                .then()
                .statusCode(403)
                .body("detail", equalTo("Only the member organization's admin leaves for it."));
        as(f.coordinatorAdmin())
                .post(MEMBER + "/leave", f.networkId, f.memberAId)
                .then()
                .statusCode(403);
        as(f.adminOf("mema"))
                .post(MEMBER + "/leave", f.networkId, f.memberAId)
                .then()
                .statusCode(200)
                .body("status", equalTo("LEFT"))
                .body("leftOn", equalTo(today()))
                .body("joinedOn", equalTo(today()));

        // From the next request on, neither side reads the other's NETWORK records.
        for (String token : List.of(f.viewerOf("memb"), f.viewerOf("coord"))) {
            Api.getStrategy(token, shared).statusCode(404);
            as(token)
                    .queryParam("organizationId", f.memberA.toString())
                    .get(list)
                    .then()
                    .body("items.size()", equalTo(0));
        }
        as(f.viewerOf("mema")).get(NETWORK, f.networkId).then().statusCode(404);
        as(f.adminOf("mema"))
                .post(MEMBER + "/leave", f.networkId, f.memberAId)
                .then()
                .statusCode(404);
        as(f.coordinatorAdmin())
                .post(MEMBER + "/leave", f.networkId, f.memberAId)
                .then()
                .statusCode(403);
        as(f.coordinatorAdmin())
                .queryParam("status", "LEFT")
                .get(MEMBERS, f.networkId)
                .then()
                .body("items.id", equalTo(List.of(f.memberAId)));
    }

    @Test
    void coordinatorRemovesMembersAndWithdrawsInvitationsButNotItself() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        String shared = Api.createStrategy(f.editorOf("memb"), Map.of("title", "Von B", "visibility", "NETWORK"));
        Api.getStrategy(f.viewerOf("mema"), shared).statusCode(200);
        as(f.adminOf("mema"))
                .post(MEMBER + "/remove", f.networkId, f.memberBId)
                .then()
                .statusCode(403);
        as(f.coordinatorAdmin())
                .post(MEMBER + "/remove", f.networkId, f.memberBId)
                .then()
                .statusCode(200)
                .body("status", equalTo("REMOVED"))
                .body("leftOn", equalTo(today()));
        Api.getStrategy(f.viewerOf("mema"), shared).statusCode(404);
        as(f.coordinatorAdmin())
                .post(MEMBER + "/remove", f.networkId, f.memberBId)
                .then()
                .statusCode(422)
                .body("detail", equalTo("The membership is REMOVED already."));
        as(f.coordinatorAdmin())
                .post(MEMBER + "/remove", f.networkId, f.invitedId)
                .then()
                .statusCode(200)
                .body("status", equalTo("REMOVED"));
        as(f.adminOf("inv")).get(INVITATIONS).then().body("items.size()", equalTo(0));
        String own = as(f.coordinatorAdmin())
                .queryParam("status", "ACCEPTED")
                .get(MEMBERS, f.networkId)
                .then()
                .extract()
                .path("items.find { it.role == 'COORDINATOR' }.id");
        as(f.coordinatorAdmin())
                .post(MEMBER + "/remove", f.networkId, own)
                .then()
                .statusCode(422)
                .body("detail", equalTo("The coordinator's own membership ends only with the network."));
        as(f.adminOf("coord")).post(MEMBER + "/leave", f.networkId, own).then().statusCode(422);
        // Removed members can be invited again.
        f.invite(f.memberB);
        as(f.adminOf("coord")).get(NETWORKS).then().statusCode(200);
    }

    private static List<String> sortedByName(NetworkFixtures f, String... prefixes) {
        Map<String, String> ids = Map.of(
                "coord", f.coordinator.toString(),
                "mema", f.memberA.toString(),
                "memb", f.memberB.toString(),
                "inv", f.invited.toString());
        return java.util.Arrays.stream(prefixes).sorted().map(ids::get).toList();
    }
}
