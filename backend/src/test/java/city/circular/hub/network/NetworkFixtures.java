package city.circular.hub.network;

import static city.circular.hub.support.Api.as;

import city.circular.hub.organization.OrganizationKind;
import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A network of its own for each test: a coordinator with two accepted member municipalities, one invited
 * organization and one outsider, each with tokens for its roles.
 */
final class NetworkFixtures {

    static final String NETWORKS = "/api/v1/networks";
    static final String NETWORK = NETWORKS + "/{id}";
    static final String MEMBERS = NETWORK + "/members";
    static final String MEMBER = MEMBERS + "/{memberId}";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final String suffix;
    final UUID coordinator;
    final UUID memberA;
    final UUID memberB;
    final UUID invited;
    final UUID outsider;
    String networkId;
    String visibility = "PRIVATE";
    String memberAId;
    String memberBId;
    String invitedId;

    private NetworkFixtures(Organizations organizations) {
        suffix = UUID.randomUUID().toString().substring(0, 8) + SEQUENCE.incrementAndGet();
        coordinator = organizations.create("coord-" + suffix, OrganizationKind.NETWORK_COORDINATOR);
        memberA = organizations.create("mema-" + suffix);
        memberB = organizations.create("memb-" + suffix);
        invited = organizations.create("inv-" + suffix);
        outsider = organizations.create("out-" + suffix);
    }

    /** Only the organizations, no network yet. */
    static NetworkFixtures organizations(Organizations organizations) {
        return new NetworkFixtures(organizations);
    }

    /** A PRIVATE network with two accepted members and an open invitation. */
    static NetworkFixtures network(Organizations organizations) {
        return network(organizations, "PRIVATE");
    }

    /** The same network with the given visibility. */
    static NetworkFixtures network(Organizations organizations, String visibility) {
        NetworkFixtures f = new NetworkFixtures(organizations);
        f.visibility = visibility;
        Map<String, Object> body = network("Netz " + f.suffix);
        body.put("visibility", visibility);
        f.networkId = as(f.coordinatorAdmin())
                .body(body)
                .post(NETWORKS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        f.memberAId = f.invite(f.memberA);
        f.accept(f.memberAId, f.adminOf("mema"));
        f.memberBId = f.invite(f.memberB);
        f.accept(f.memberBId, f.adminOf("memb"));
        f.invitedId = f.invite(f.invited);
        return f;
    }

    static Map<String, Object> network(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "CITY_CONSORTIUM");
        return body;
    }

    static Map<String, Object> fullNetwork(String name) {
        Map<String, Object> body = network(name);
        body.put("description", "Städte erarbeiten gemeinsam ein Mustervorgehen.");
        body.put("fieldsOfAction", List.of("CONSTRUCTION_BUILDINGS", "PROCUREMENT"));
        body.put("periodFrom", "2026-01-01");
        body.put("periodTo", "2027-06-30");
        body.put("funder", "Land NRW");
        body.put("fundingLine", "EFRE/JTF NRW 2021-2027");
        body.put("budget", 1250000.50);
        body.put("currency", "EUR");
        body.put("links", List.of(Map.of("title", "Programmseite", "url", "https://kreislauf.example")));
        body.put("status", "PLANNED");
        body.put("visibility", "PUBLIC");
        body.put("externalId", "netz-1");
        return body;
    }

    String invite(UUID organization) {
        return as(coordinatorAdmin())
                .body(Map.of("organizationId", organization.toString()))
                .post(MEMBERS, networkId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    void accept(String memberId, String token) {
        as(token).post(MEMBER + "/accept", networkId, memberId).then().statusCode(200);
    }

    String coordinatorAdmin() {
        return adminOf("coord");
    }

    String coordinatorEditor() {
        return Tokens.member("coord-" + suffix, "editor");
    }

    String adminOf(String prefix) {
        return Tokens.member(prefix + "-" + suffix, "admin");
    }

    String editorOf(String prefix) {
        return Tokens.member(prefix + "-" + suffix, "editor");
    }

    String viewerOf(String prefix) {
        return Tokens.member(prefix + "-" + suffix, "viewer");
    }
}
