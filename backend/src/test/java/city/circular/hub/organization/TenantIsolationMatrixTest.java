package city.circular.hub.organization;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import city.circular.hub.support.Api;
import city.circular.hub.support.IsolationCaller;
import city.circular.hub.support.Organizations;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Resource × organization × role × visibility × operation, for every tenant record besides strategies (whose matrix,
 * with status changes, is strategy.TenantIsolationTest, and the network feature's, whose records belong to a network,
 * network.NetworkIsolationMatrixTest): a record owned by Musterstadt is read, listed, changed and
 * deleted exactly by those {@link IsolationCaller} says; what a caller may not read answers 404, never 403 or 200,
 * and a refused write changes nothing. Practices take part as the library holds them: a PRIVATE one is a draft, a
 * NETWORK or PUBLIC one is published first.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TenantIsolationMatrixTest {

    private static final String OWNER = IsolationCaller.OWNER_EDITOR.token;

    /** A PUBLIC strategy of Musterstadt that the analyses analyse, so that every caller can filter by it. */
    private static String publicStrategy;

    @Inject
    Organizations organizations;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
        if (publicStrategy == null) {
            publicStrategy = Api.createStrategy(OWNER, Map.of("title", "Analysiert", "visibility", "PUBLIC"));
        }
    }

    /**
     * A tenant collection: a body for a record with a given visibility and label, the field the label goes in, and
     * the list query that finds it.
     */
    enum Resource {
        STAKEHOLDER("/api/v1/stakeholders", "name", (visibility, label) -> {
            Map<String, Object> body = new HashMap<>();
            body.put("name", label);
            body.put("sector", "CHAMBER");
            body.put("visibility", visibility);
            return body;
        }),
        STAKEHOLDER_ANALYSIS("/api/v1/stakeholder-analyses", "title", (visibility, label) -> {
            Map<String, Object> body = new HashMap<>();
            body.put("strategyId", publicStrategy);
            body.put("title", label);
            body.put("method", "WORKSHOP");
            body.put("conductedOn", "2026-02-01");
            body.put("status", "COMPLETED");
            body.put("visibility", visibility);
            return body;
        }),
        STARTER_PROJECT("/api/v1/starter-projects", "title", (visibility, label) -> {
            Map<String, Object> body = new HashMap<>();
            body.put("title", label);
            body.put("visibility", visibility);
            return body;
        }),
        WORKSHOP("/api/v1/workshops", "title", (visibility, label) -> {
            Instant start = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
            Map<String, Object> body = new HashMap<>();
            body.put("title", label);
            body.put("purpose", "KICK_OFF");
            body.put("format", "ONLINE");
            body.put("onlineLink", "https://meet.example/isolation");
            body.put("startsAt", start.toString());
            body.put("endsAt", start.plus(2, ChronoUnit.HOURS).toString());
            body.put("capacity", 20);
            body.put("visibility", visibility);
            return body;
        }),
        /** A PRIVATE practice can only be a draft; a NETWORK or PUBLIC one is published before the callers try it. */
        PRACTICE("/api/v1/practices", "title", (visibility, label) -> {
            Map<String, Object> body = new HashMap<>();
            body.put("title", label);
            body.put("summary", "Bauteile aus dem Rückbau werden wiederverwendet.");
            body.put("language", "de");
            body.put("visibility", visibility);
            return body;
        });

        final String path;
        final String labelField;
        final BiFunction<String, String, Map<String, Object>> body;

        Resource(String path, String labelField, BiFunction<String, String, Map<String, Object>> body) {
            this.path = path;
            this.labelField = labelField;
            this.body = body;
        }

        /** Brings a new record into the state the matrix tries; returns its version then. */
        int prepare(String id, String visibility) {
            if (this != PRACTICE || visibility.equals("PRIVATE")) {
                return 0;
            }
            as(OWNER)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("status", "PUBLISHED"))
                    .post(path + "/{id}/status", id)
                    .then()
                    .statusCode(200);
            return 1;
        }

        Map<String, Object> listQuery(String label) {
            return this == STAKEHOLDER_ANALYSIS
                    ? Map.of("strategyId", publicStrategy, "limit", 100)
                    : Map.of("q", label);
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Resource resource : Resource.values()) {
            for (IsolationCaller caller : IsolationCaller.values()) {
                for (String visibility : List.of("PRIVATE", "NETWORK", "PUBLIC")) {
                    cases.add(Arguments.of(resource, caller, visibility));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} on a {2} {0}")
    @MethodSource("matrix")
    void enforcesReadAndWriteRules(Resource resource, IsolationCaller caller, String visibility) {
        // One word for the unique part, so that the practices' full-text search finds it as it is.
        String label = "Isolation " + resource + " " + visibility + " "
                + UUID.randomUUID().toString().replace("-", "");
        String id = as(OWNER)
                .body(resource.body.apply(visibility, label))
                .post(resource.path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        int version = resource.prepare(id, visibility);
        int read = caller.reads(visibility) ? 200 : 404;
        int write = caller.writeStatus(visibility);
        String item = resource.path + "/{id}";

        var got = as(caller.token).get(item, id).then().statusCode(read);
        if (read != 200) {
            got.contentType(PROBLEM);
        }
        var listed = as(caller.token)
                .queryParams(resource.listQuery(label))
                .get(resource.path)
                .then()
                .statusCode(200);
        if (read == 200) {
            listed.body("items.id", hasItem(id));
        } else {
            listed.body("items.id", not(hasItem(id)));
        }

        String changed = label + " geändert";
        var update = as(caller.token)
                .header("If-Match", "\"" + version + "\"")
                .body(resource.body.apply(visibility, changed))
                .put(item, id)
                .then()
                .statusCode(write);
        if (write != 200) {
            update.contentType(PROBLEM);
        }
        int delete = write == 200 ? 204 : write;
        as(caller.token)
                .header("If-Match", "\"" + (write == 200 ? version + 1 : version) + "\"")
                .delete(item, id)
                .then()
                .statusCode(delete);

        if (write == 200) {
            as(OWNER).get(item, id).then().statusCode(404);
        } else {
            as(OWNER)
                    .get(item, id)
                    .then()
                    .statusCode(200)
                    .body(resource.labelField, equalTo(label))
                    .body("version", equalTo(version));
        }
    }
}
