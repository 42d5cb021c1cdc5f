package city.circular.hub.network;

import static city.circular.hub.network.NetworkFixtures.NETWORK;
import static city.circular.hub.network.NetworkFixtures.NETWORKS;
import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Networks: who creates, reads, changes and deletes them, and what the server checks on the way. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class NetworkResourceTest {

    @Inject
    Organizations organizations;

    @Test
    void coordinatorAdminCreatesNetworkAndBecomesItsFirstMember() {
        NetworkFixtures f = NetworkFixtures.organizations(organizations);
        String id = as(f.coordinatorAdmin())
                .body(NetworkFixtures.fullNetwork("Kreislaufstädte NRW"))
                .post(NETWORKS)
                .then()
                .statusCode(201)
                .contentType("application/json")
                .header("ETag", "\"0\"")
                .header("Location", notNullValue())
                .body("coordinator.id", equalTo(f.coordinator.toString()))
                .body("coordinator.name", equalTo("Coord-" + f.suffix))
                .body("coordinator.kind", equalTo("NETWORK_COORDINATOR"))
                .body("coordinator.country", equalTo("DE"))
                .body("name", equalTo("Kreislaufstädte NRW"))
                .body("kind", equalTo("CITY_CONSORTIUM"))
                .body("description", equalTo("Städte erarbeiten gemeinsam ein Mustervorgehen."))
                .body("fieldsOfAction", equalTo(List.of("CONSTRUCTION_BUILDINGS", "PROCUREMENT")))
                .body("periodFrom", equalTo("2026-01-01"))
                .body("periodTo", equalTo("2027-06-30"))
                .body("funder", equalTo("Land NRW"))
                .body("fundingLine", equalTo("EFRE/JTF NRW 2021-2027"))
                .body("budget", equalTo(1250000.5f))
                .body("currency", equalTo("EUR"))
                .body("links", equalTo(List.of(Map.of("title", "Programmseite", "url", "https://kreislauf.example"))))
                .body("status", equalTo("PLANNED"))
                .body("visibility", equalTo("PUBLIC"))
                .body("externalId", equalTo("netz-1"))
                .body("memberCount", equalTo(1))
                .body("version", equalTo(0))
                .body("createdBy", equalTo("coord-" + f.suffix + "-admin"))
                .body("updatedBy", equalTo("coord-" + f.suffix + "-admin"))
                .extract()
                .path("id");
        as(f.coordinatorAdmin())
                .get(NetworkFixtures.MEMBERS, id)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].organization.id", equalTo(f.coordinator.toString()))
                .body("items[0].role", equalTo("COORDINATOR"))
                .body("items[0].status", equalTo("ACCEPTED"))
                .body("items[0].networkName", equalTo("Kreislaufstädte NRW"))
                .body("items[0].joinedOn", notNullValue());
    }

    @Test
    void appliesDefaultsAndPlatformAdminNamesTheCoordinator() {
        NetworkFixtures f = NetworkFixtures.organizations(organizations);
        Map<String, Object> body = NetworkFixtures.network("Partnerskab");
        body.put("coordinatorId", f.coordinator.toString());
        as(Tokens.platformAdmin())
                .body(body)
                .post(NETWORKS)
                .then()
                .statusCode(201)
                .body("status", equalTo("ACTIVE"))
                .body("visibility", equalTo("PRIVATE"))
                .body("fieldsOfAction", equalTo(List.of()))
                .body("links", equalTo(List.of()))
                .body("description", nullValue())
                .body("budget", nullValue())
                .body("coordinator.id", equalTo(f.coordinator.toString()));
    }

    @Test
    void onlyAdminsOfNetworkCoordinatorsCreateNetworks() {
        NetworkFixtures f = NetworkFixtures.organizations(organizations);
        Map<String, Object> body = NetworkFixtures.network("Nicht erlaubt");
        as(f.coordinatorEditor())
                .body(body)
                .post(NETWORKS)
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/forbidden"))
                .body("detail", equalTo("Only admins of a network coordinator create networks."));
        as(f.adminOf("mema"))
                .body(body)
                .post(NETWORKS)
                .then()
                .statusCode(403)
                .body("detail", equalTo("Only admins of a network coordinator create networks."));
        body.put("coordinatorId", f.coordinator.toString());
        as(f.adminOf("mema"))
                .body(body)
                .post(NETWORKS)
                .then()
                .statusCode(403)
                .body("detail", equalTo("You are not an admin of the organization " + f.coordinator + "."));
        // A municipality does not coordinate networks, not even when the platform admin names it.
        body.put("coordinatorId", f.memberA.toString());
        as(Tokens.platformAdmin())
                .body(body)
                .post(NETWORKS)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("detail", equalTo("Only an organization of kind NETWORK_COORDINATOR coordinates a network."))
                .body("errors[0].field", equalTo("coordinatorId"));
        body.put("coordinatorId", "00000000-0000-4000-8000-000000000999");
        as(Tokens.platformAdmin())
                .body(body)
                .post(NETWORKS)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("coordinatorId"))
                .body("errors[0].message", equalTo("is not a known organization"));
        body.remove("coordinatorId");
        as(Tokens.platformAdmin())
                .body(body)
                .post(NETWORKS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("coordinatorId"));
        given().contentType("application/json").body(body).post(NETWORKS).then().statusCode(401);
    }

    @Test
    void rejectsInvalidNetworksWithFieldErrors() {
        NetworkFixtures f = NetworkFixtures.organizations(organizations);
        Map<String, Object> body = NetworkFixtures.fullNetwork(" ");
        body.put("kind", null);
        body.put("periodTo", "2025-12-31");
        body.put("currency", "euro");
        body.put("visibility", "NETWORK");
        body.put("links", List.of(Map.of("title", "Seite", "url", "ftp://x")));
        as(f.coordinatorAdmin())
                .body(body)
                .post(NETWORKS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/validation"))
                .body(
                        "errors.field",
                        equalTo(List.of("currency", "kind", "links[0].url", "name", "periodTo", "visibility")));
        Map<String, Object> noCurrency = NetworkFixtures.network("Ohne Währung");
        noCurrency.put("budget", 100);
        as(f.coordinatorAdmin())
                .body(noCurrency)
                .post(NETWORKS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("currency"))
                .body("errors[0].message", equalTo("is required with a budget"));
        Map<String, Object> unknownField = NetworkFixtures.network("Unbekannt");
        unknownField.put("fieldsOfAction", List.of("NO_SUCH_FIELD"));
        as(f.coordinatorAdmin())
                .body(unknownField)
                .post(NETWORKS)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("fieldsOfAction[0]"));
        as(f.coordinatorAdmin())
                .body("{\"name\": \"x\", \"kind\": \"CITY_CONSORTIUM\", \"extra\": 1}")
                .post(NETWORKS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        as(f.coordinatorAdmin())
                .contentType("text/plain")
                .body("x")
                .post(NETWORKS)
                .then()
                .statusCode(415);
        // Nothing above was created.
        as(f.coordinatorAdmin()).get(NETWORKS).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void externalIdIsUniquePerCoordinator() {
        NetworkFixtures f = NetworkFixtures.organizations(organizations);
        Map<String, Object> body = NetworkFixtures.network("Erstes");
        body.put("externalId", "ext-1");
        as(f.coordinatorAdmin()).body(body).post(NETWORKS).then().statusCode(201);
        body.put("name", "Zweites");
        as(f.coordinatorAdmin())
                .body(body)
                .post(NETWORKS)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("detail", equalTo("Another network of this coordinator has the external id ext-1."))
                .body("errors[0].field", equalTo("externalId"));
    }

    @Test
    void membersCoordinatorInviteesAndPlatformAdminsReadNetworkOthersGet404() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        for (String token : List.of(
                f.coordinatorAdmin(),
                f.viewerOf("coord"),
                f.viewerOf("mema"),
                f.editorOf("memb"),
                f.viewerOf("inv"),
                Tokens.platformAdmin())) {
            as(token)
                    .get(NETWORK, f.networkId)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("id", equalTo(f.networkId))
                    .body("memberCount", equalTo(3));
        }
        as(f.adminOf("out"))
                .get(NETWORK, f.networkId)
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("detail", equalTo("Network does not exist or is not visible to you."))
                .body("instance", equalTo("/api/v1/networks/" + f.networkId));
        as(f.adminOf("out"))
                .get(NETWORK, "00000000-0000-4000-8000-000000000001")
                .then()
                .statusCode(404);
        given().get(NETWORK, f.networkId).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void coordinatorAdminUpdatesWithIfMatchOthersAreRefused() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        Map<String, Object> body = NetworkFixtures.fullNetwork("Umbenannt");
        as(f.coordinatorAdmin())
                .body(body)
                .put(NETWORK, f.networkId)
                .then()
                .statusCode(428)
                .contentType(PROBLEM);
        as(f.coordinatorAdmin())
                .header("If-Match", "\"7\"")
                .body(body)
                .put(NETWORK, f.networkId)
                .then()
                .statusCode(412)
                .contentType(PROBLEM);
        for (String token : List.of(f.coordinatorEditor(), f.adminOf("mema"), f.adminOf("inv"))) {
            as(token)
                    .header("If-Match", "\"0\"")
                    .body(body)
                    .put(NETWORK, f.networkId)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM)
                    .body("detail", equalTo("Only the network's coordinator administers this network."));
        }
        as(f.adminOf("out"))
                .header("If-Match", "\"0\"")
                .body(body)
                .put(NETWORK, f.networkId)
                .then()
                .statusCode(404);
        as(f.coordinatorAdmin())
                .header("If-Match", "\"0\"")
                .body(body)
                .put(NETWORK, f.networkId)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Umbenannt"))
                .body("visibility", equalTo("PUBLIC"))
                .body("coordinator.id", equalTo(f.coordinator.toString()));
        as(Tokens.platformAdmin())
                .header("If-Match", "\"1\"")
                .body(NetworkFixtures.network("Vom Plattformadmin"))
                .put(NETWORK, f.networkId)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("visibility", equalTo("PRIVATE"))
                .body("links", equalTo(List.of()));
    }

    @Test
    void deletesWithIfMatchAndTakesMembershipsAlong() {
        NetworkFixtures f = NetworkFixtures.network(organizations);
        as(f.adminOf("mema"))
                .header("If-Match", "\"0\"")
                .delete(NETWORK, f.networkId)
                .then()
                .statusCode(403);
        as(f.coordinatorAdmin()).delete(NETWORK, f.networkId).then().statusCode(428);
        as(f.coordinatorAdmin())
                .header("If-Match", "\"3\"")
                .delete(NETWORK, f.networkId)
                .then()
                .statusCode(412);
        as(f.coordinatorAdmin())
                .header("If-Match", "\"0\"")
                .delete(NETWORK, f.networkId)
                .then()
                .statusCode(204);
        as(f.coordinatorAdmin()).get(NETWORK, f.networkId).then().statusCode(404);
        as(f.adminOf("inv"))
                .get("/api/v1/network-invitations")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void listsMyNetworksByNameInPagesAndPublicOnesOnRequest() {
        NetworkFixtures f = NetworkFixtures.organizations(organizations);
        for (String name : List.of("Charlie", "Alpha", "Bravo")) {
            Map<String, Object> body = NetworkFixtures.network(name);
            body.put("visibility", name.equals("Bravo") ? "PUBLIC" : "PRIVATE");
            body.put("kind", name.equals("Alpha") ? "PARTNERSHIP" : "CITY_CONSORTIUM");
            as(f.coordinatorAdmin()).body(body).post(NETWORKS).then().statusCode(201);
        }
        String next = as(f.viewerOf("coord"))
                .queryParam("limit", 2)
                .get(NETWORKS)
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of("Alpha", "Bravo")))
                .body("next", notNullValue())
                .extract()
                .path("next");
        as(f.viewerOf("coord"))
                .queryParam("limit", 2)
                .queryParam("cursor", next)
                .get(NETWORKS)
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of("Charlie")))
                .body("next", nullValue());
        as(f.viewerOf("coord"))
                .queryParam("kind", "PARTNERSHIP")
                .get(NETWORKS)
                .then()
                .body("items.name", equalTo(List.of("Alpha")));
        as(f.adminOf("out")).get(NETWORKS).then().statusCode(200).body("items.size()", equalTo(0));
        as(f.adminOf("out"))
                .queryParam("public", "true")
                .get(NETWORKS)
                .then()
                .statusCode(200)
                .body("items.name", hasItem("Bravo"))
                .body("items.name", not(hasItem("Alpha")));
        as(Tokens.platformAdmin())
                .queryParam("limit", 100)
                .get(NETWORKS)
                .then()
                .statusCode(200)
                .body("items.name", hasItem("Alpha"));
        as(f.adminOf("out"))
                .queryParam("limit", 0)
                .get(NETWORKS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as(f.adminOf("out"))
                .queryParam("cursor", "nonsense")
                .get(NETWORKS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        as(f.adminOf("out"))
                .queryParam("kind", "CLUB")
                .get(NETWORKS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        as(f.adminOf("out"))
                .queryParam("public", "yes")
                .get(NETWORKS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("public"))
                .body("instance", endsWith("/api/v1/networks"));
    }
}
