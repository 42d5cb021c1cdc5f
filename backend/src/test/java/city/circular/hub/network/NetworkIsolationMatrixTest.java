package city.circular.hub.network;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tenant-isolation matrix (organization.TenantIsolationMatrixTest) for the network feature, whose records belong
 * to a network rather than to one organization: resource × party × role × network visibility × operation. A network
 * is read by its parties (coordinator, members, invited organizations), platform admins and, when PUBLIC, by anyone;
 * what happens inside it (events, status reports) only by the coordinator, accepted members and platform admins.
 * The coordinator's admins administer the network and its memberships, its editors plan events, a member's editors
 * write that member's report. What a caller may not read answers 404, never 403 or 200; a refused write changes
 * nothing.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class NetworkIsolationMatrixTest {

    private static final String EVENTS = NetworkFixtures.NETWORK + "/events";
    private static final String REPORTS = EVENTS + "/{eventId}/status-reports";

    @Inject
    Organizations organizations;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
    }

    /** Where a caller stands towards the network of the fixture. */
    enum Party {
        COORDINATOR,
        /** Member A, whose status report the matrix tries. */
        MEMBER,
        OTHER_MEMBER,
        INVITED,
        OUTSIDER,
        PLATFORM
    }

    enum NetworkCaller {
        COORDINATOR_ADMIN(Party.COORDINATOR, f -> f.adminOf("coord"), true),
        COORDINATOR_EDITOR(Party.COORDINATOR, f -> f.editorOf("coord"), true),
        COORDINATOR_VIEWER(Party.COORDINATOR, f -> f.viewerOf("coord"), false),
        MEMBER_ADMIN(Party.MEMBER, f -> f.adminOf("mema"), true),
        MEMBER_EDITOR(Party.MEMBER, f -> f.editorOf("mema"), true),
        MEMBER_VIEWER(Party.MEMBER, f -> f.viewerOf("mema"), false),
        OTHER_MEMBER_EDITOR(Party.OTHER_MEMBER, f -> f.editorOf("memb"), true),
        INVITED_ADMIN(Party.INVITED, f -> f.adminOf("inv"), true),
        OUTSIDER_ADMIN(Party.OUTSIDER, f -> f.adminOf("out"), true),
        NO_MEMBERSHIP(Party.OUTSIDER, f -> Tokens.user("nobody"), false),
        PLATFORM_ADMIN(Party.PLATFORM, f -> Tokens.platformAdmin(), false);

        final Party party;
        final Function<NetworkFixtures, String> token;
        /** Whether the caller edits for their organization (editor or admin). */
        final boolean edits;

        NetworkCaller(Party party, Function<NetworkFixtures, String> token, boolean edits) {
            this.party = party;
            this.token = token;
            this.edits = edits;
        }

        boolean readsNetwork(String visibility) {
            return party != Party.OUTSIDER || visibility.equals("PUBLIC");
        }

        boolean listsNetwork() {
            return party != Party.OUTSIDER;
        }

        boolean administersNetwork() {
            return party == Party.PLATFORM || this == COORDINATOR_ADMIN;
        }

        boolean readsContent() {
            return party == Party.COORDINATOR
                    || party == Party.MEMBER
                    || party == Party.OTHER_MEMBER
                    || party == Party.PLATFORM;
        }

        boolean plansContent() {
            return party == Party.PLATFORM || party == Party.COORDINATOR && edits;
        }

        boolean writesMembersReport() {
            return party == Party.MEMBER && edits;
        }
    }

    /**
     * A network resource: how the owner side creates one in a fresh network, its item and list paths, the body of a
     * change and whom each operation lets through. Memberships and status reports are not deleted (they are left or
     * removed, and reports stay), so the matrix tries reading, listing and changing them.
     */
    enum Resource {
        NETWORK("name", NetworkFixtures.NETWORK, NetworkFixtures.NETWORKS) {
            @Override
            Object[] create(NetworkFixtures f, String label) {
                as(f.coordinatorAdmin())
                        .header("If-Match", etag(f.coordinatorAdmin(), NetworkFixtures.NETWORK, f.networkId))
                        .body(body(f, label))
                        .put(NetworkFixtures.NETWORK, f.networkId)
                        .then()
                        .statusCode(200);
                return new Object[] {f.networkId};
            }

            @Override
            Map<String, Object> body(NetworkFixtures f, String label) {
                Map<String, Object> body = NetworkFixtures.network(label);
                body.put("visibility", f.visibility);
                return body;
            }

            @Override
            int read(NetworkCaller caller, String visibility) {
                return caller.readsNetwork(visibility) ? 200 : 404;
            }

            @Override
            int listed(NetworkCaller caller, String visibility) {
                return caller.listsNetwork() ? 200 : 0;
            }

            @Override
            int write(NetworkCaller caller, String visibility) {
                return read(caller, visibility) != 200 ? 404 : caller.administersNetwork() ? 200 : 403;
            }
        },
        MEMBERSHIP("note", NetworkFixtures.MEMBER, NetworkFixtures.MEMBERS) {
            @Override
            Object[] create(NetworkFixtures f, String label) {
                as(f.coordinatorAdmin())
                        .header(
                                "If-Match",
                                etag(f.coordinatorAdmin(), NetworkFixtures.MEMBER, f.networkId, f.memberAId))
                        .body(body(f, label))
                        .put(NetworkFixtures.MEMBER, f.networkId, f.memberAId)
                        .then()
                        .statusCode(200);
                return new Object[] {f.networkId, f.memberAId};
            }

            @Override
            Map<String, Object> body(NetworkFixtures f, String label) {
                return Map.of("role", "MEMBER_MUNICIPALITY", "note", label);
            }

            @Override
            int read(NetworkCaller caller, String visibility) {
                return NETWORK.read(caller, visibility);
            }

            @Override
            int write(NetworkCaller caller, String visibility) {
                return NETWORK.write(caller, visibility);
            }

            @Override
            boolean deletes() {
                return false;
            }
        },
        EVENT("title", EVENTS + "/{eventId}", EVENTS) {
            @Override
            Object[] create(NetworkFixtures f, String label) {
                String event = as(f.coordinatorEditor())
                        .body(body(f, label))
                        .post(EVENTS, f.networkId)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
                return new Object[] {f.networkId, event};
            }

            @Override
            Map<String, Object> body(NetworkFixtures f, String label) {
                return NetworkEventTest.event(label, "2026-03-12T09:00:00Z", "2026-03-12T11:00:00Z");
            }

            @Override
            int read(NetworkCaller caller, String visibility) {
                return caller.readsContent() ? 200 : 404;
            }

            @Override
            int write(NetworkCaller caller, String visibility) {
                return !caller.readsContent() ? 404 : caller.plansContent() ? 200 : 403;
            }
        },
        STATUS_REPORT("progress", REPORTS + "/{reportId}", REPORTS) {
            @Override
            Object[] create(NetworkFixtures f, String label) {
                Object[] event = EVENT.create(f, "Statustermin " + label);
                Map<String, Object> body = new HashMap<>(body(f, label));
                body.put("organizationId", f.memberA.toString());
                String report = as(f.editorOf("mema"))
                        .body(body)
                        .post(REPORTS, event)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
                return new Object[] {event[0], event[1], report};
            }

            @Override
            Map<String, Object> body(NetworkFixtures f, String label) {
                return Map.of("progress", label);
            }

            @Override
            int read(NetworkCaller caller, String visibility) {
                return EVENT.read(caller, visibility);
            }

            @Override
            int write(NetworkCaller caller, String visibility) {
                return !caller.readsContent() ? 404 : caller.writesMembersReport() ? 200 : 403;
            }

            @Override
            boolean deletes() {
                return false;
            }
        };

        final String labelField;
        final String item;
        /** The collection; it takes the item's parameters but the last. */
        final String list;

        Resource(String labelField, String item, String list) {
            this.labelField = labelField;
            this.item = item;
            this.list = list;
        }

        /** Creates the record (labelled) in the fixture's network; returns the item path's parameters. */
        abstract Object[] create(NetworkFixtures f, String label);

        abstract Map<String, Object> body(NetworkFixtures f, String label);

        abstract int read(NetworkCaller caller, String visibility);

        /**
         * 200 when the list shows the record, 0 when it answers 200 without it, 404 when it is not readable: lists
         * inside a network answer as the network's records do.
         */
        int listed(NetworkCaller caller, String visibility) {
            return read(caller, visibility);
        }

        abstract int write(NetworkCaller caller, String visibility);

        boolean deletes() {
            return true;
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Resource resource : Resource.values()) {
            for (NetworkCaller caller : NetworkCaller.values()) {
                for (String visibility : List.of("PRIVATE", "PUBLIC")) {
                    cases.add(Arguments.of(resource, caller, visibility));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} on a {0} of a {2} network")
    @MethodSource("matrix")
    void enforcesReadAndWriteRules(Resource resource, NetworkCaller caller, String visibility) {
        NetworkFixtures f = NetworkFixtures.network(organizations, visibility);
        String label = "Isolation " + resource + " " + UUID.randomUUID();
        Object[] ids = resource.create(f, label);
        String owner = f.coordinatorAdmin();
        int version = version(owner, resource.item, ids);
        String token = caller.token.apply(f);
        int read = resource.read(caller, visibility);

        var got = as(token).get(resource.item, ids).then().statusCode(read);
        if (read != 200) {
            got.contentType(PROBLEM);
        }
        int listed = resource.listed(caller, visibility);
        String id = ids[ids.length - 1].toString();
        Object[] parents = java.util.Arrays.copyOf(ids, ids.length - 1);
        if (listed == 404) {
            as(token).get(resource.list, parents).then().statusCode(404).contentType(PROBLEM);
        } else {
            assertEquals(listed == 200, listedIds(token, resource, parents).contains(id), caller + " lists " + id);
        }

        int write = resource.write(caller, visibility);
        var update = as(token)
                .header("If-Match", "\"" + version + "\"")
                .body(resource.body(f, label + " geändert"))
                .put(resource.item, ids)
                .then()
                .statusCode(write);
        if (write != 200) {
            update.contentType(PROBLEM);
        }
        if (resource.deletes()) {
            int delete = write == 200 ? 204 : write;
            as(token)
                    .header("If-Match", "\"" + (write == 200 ? version + 1 : version) + "\"")
                    .delete(resource.item, ids)
                    .then()
                    .statusCode(delete);
            if (write == 200) {
                as(owner).get(resource.item, ids).then().statusCode(404);
                return;
            }
        }
        as(owner)
                .get(resource.item, ids)
                .then()
                .statusCode(200)
                .body(resource.labelField, equalTo(write == 200 ? label + " geändert" : label))
                .body("version", equalTo(write == 200 ? version + 1 : version));
    }

    private static int version(String token, String path, Object... ids) {
        return as(token).get(path, ids).then().statusCode(200).extract().path("version");
    }

    private static String etag(String token, String path, Object... ids) {
        return "\"" + version(token, path, ids) + "\"";
    }

    /**
     * The ids a list shows the caller, following its pages: a platform admin's list of networks holds every
     * network of the test database.
     */
    private static List<String> listedIds(String token, Resource resource, Object[] parents) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(token);
            if (resource == Resource.NETWORK) {
                request = request.queryParam("limit", 100);
                if (cursor != null) {
                    request = request.queryParam("cursor", cursor);
                }
            }
            JsonPath page = request.get(resource.list, parents)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            ids.addAll(page.getList("items.id"));
            cursor = resource == Resource.NETWORK ? page.getString("next") : null;
        } while (cursor != null);
        return ids;
    }
}
