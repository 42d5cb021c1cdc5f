package city.circular.hub.scale;

import static city.circular.hub.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import city.circular.hub.common.Cursor;
import city.circular.hub.support.QueryPlans;
import city.circular.hub.support.RecordingDriver;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every list and detail query the API runs is served by an index: on a generated data set of 100,000 starter
 * projects across 300 organisations (see query-plans/data-set.sql), each request's SQL, recorded with its values
 * as the driver sent it, runs under EXPLAIN ANALYZE, and its plan reads no big table whole and no more than a
 * bounded number of rows from any of them, however many organisations publish.
 */
@QuarkusTest
@TestProfile(QueryPlanTest.RecordedQueries.class)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPlanTest {

    public static class RecordedQueries implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.driver", RecordingDriver.class.getName());
        }
    }

    private static final Set<String> BIG_TABLES = Set.of(
            "starter_project",
            "project_measure",
            "project_party",
            "stakeholder",
            "workshop",
            "strategy",
            "change_record");

    /**
     * Rows one plan node may read from a big table: 5 % of the projects. A page is the first rows in list order that
     * pass the visibility condition (about 3 % of the rows here) and the filters, so an index in list order reads
     * some thousand entries for a page whatever the table's size; reading a table whole reads 10,000 to 130,000.
     */
    private static final long MAX_READ = 5_000;

    /**
     * Rows a plan may sort: an organisation's records or a selective filter's matches, not everything the caller
     * may read (about 3,400 projects here, and growing with the table).
     */
    private static final long MAX_SORTED = 1_000;

    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private static final String CALLER = "plan-000";

    @Inject
    DataSource dataSource;

    private String token;

    @BeforeAll
    void loadDataSet() {
        run("query-plans/remove-data-set.sql");
        run("query-plans/data-set.sql");
        token = Tokens.member(CALLER, "editor");
    }

    @AfterAll
    void removeDataSet() {
        run("query-plans/remove-data-set.sql");
    }

    record Request(String name, String path, Map<String, Object> query) {
        @Override
        public String toString() {
            return name;
        }
    }

    Stream<Request> requests() {
        String project = "/api/v1/starter-projects";
        String stakeholder = "/api/v1/stakeholders";
        String workshop = "/api/v1/workshops";
        String strategy = "/api/v1/strategies";
        return Stream.of(
                new Request("projects: first page", project, Map.of()),
                new Request("projects: deep cursor page", project, Map.of("cursor", recentCursor("project", 50_000))),
                new Request("projects: own organization", project, Map.of("organizationId", organization(0))),
                new Request("projects: a peer's", project, Map.of("organizationId", organization(1))),
                new Request("projects: a stranger's", project, Map.of("organizationId", organization(150))),
                new Request("projects: strategy", project, Map.of("strategyId", id("strategy", 300))),
                new Request("projects: status", project, Map.of("status", "SCALED")),
                new Request("projects: field of action", project, Map.of("fieldOfAction", "PROCUREMENT")),
                new Request(
                        "projects: responsible stakeholder",
                        project,
                        Map.of("responsibleStakeholderId", id("stakeholder", 600))),
                new Request("projects: text", project, Map.of("q", "Bauteilbörse 1234")),
                new Request("projects: updated since", project, Map.of("updatedSince", "2025-12-31T00:00:00Z")),
                new Request("project: detail", project + "/" + id("project", 300), Map.of()),
                new Request(
                        "project: measure",
                        project + "/" + id("project", 300) + "/measures/" + id("measure", 300),
                        Map.of()),
                new Request("project: history", project + "/" + id("project", 300) + "/history", Map.of()),
                new Request("stakeholders: first page", stakeholder, Map.of()),
                new Request(
                        "stakeholders: deep cursor page",
                        stakeholder,
                        Map.of("cursor", new Cursor("Akteur 5000", UUID.fromString(id("stakeholder", 5000))).encode())),
                new Request("stakeholders: own organization", stakeholder, Map.of("organizationId", organization(0))),
                new Request("stakeholders: sector", stakeholder, Map.of("sector", "UTILITY")),
                new Request("stakeholders: field of action", stakeholder, Map.of("fieldOfAction", "FOOD_NUTRITION")),
                new Request("stakeholders: text", stakeholder, Map.of("q", "Akteur 1234")),
                new Request("stakeholder: detail", stakeholder + "/" + id("stakeholder", 600), Map.of()),
                new Request("workshops: first page", workshop, Map.of()),
                new Request(
                        "workshops: deep cursor page",
                        workshop,
                        Map.of(
                                "cursor",
                                Cursor.of(workshopStart(5000), UUID.fromString(id("workshop", 5000)))
                                        .encode())),
                new Request("workshops: own organization", workshop, Map.of("organizationId", organization(0))),
                new Request("workshops: strategy", workshop, Map.of("strategyId", id("strategy", 300))),
                new Request("workshops: status", workshop, Map.of("status", "HELD")),
                new Request(
                        "workshops: from and to",
                        workshop,
                        Map.of("from", "2027-06-01T00:00:00Z", "to", "2027-06-08T00:00:00Z")),
                new Request("workshops: text", workshop, Map.of("q", "Werkstatt 1234")),
                new Request("workshop: detail", workshop + "/" + id("workshop", 300), Map.of()),
                new Request("strategies: first page", strategy, Map.of()),
                new Request("strategies: deep cursor page", strategy, Map.of("cursor", recentCursor("strategy", 1500))),
                new Request("strategies: own organization", strategy, Map.of("organizationId", organization(0))),
                new Request("strategies: status", strategy, Map.of("status", "IN_REVIEW")),
                new Request("strategies: text", strategy, Map.of("q", "Strategie 1234")),
                new Request("strategy: detail", strategy + "/" + id("strategy", 300), Map.of()),
                new Request("dashboard", "/api/v1/dashboard", Map.of()),
                new Request(
                        "dashboard: own organization", "/api/v1/dashboard", Map.of("organizationId", organization(0))),
                new Request("changes: first page", "/api/v1/changes", Map.of()),
                new Request("changes: own organization", "/api/v1/changes", Map.of("organizationId", organization(0))),
                new Request("changes: types", "/api/v1/changes", Map.of("types", "workshop")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void everyQueryOfTheRequestIsServedByAnIndex(Request request) {
        List<String> queries = RecordingDriver.queriesOf(() -> as(token)
                .queryParams(request.query())
                .get(request.path())
                .then()
                .statusCode(200));
        assertFalse(queries.isEmpty(), "the request ran no query");
        QueryPlans plans = new QueryPlans(dataSource, BIG_TABLES, MAX_READ, MAX_SORTED);
        for (String sql : queries) {
            if (!sql.stripLeading().toLowerCase().startsWith("select")) {
                continue;
            }
            QueryPlans.Verdict verdict = plans.judge(sql);
            System.out.printf("PLAN %s: %s%n", request.name(), verdict.summary());
            assertTrue(verdict.problems().isEmpty(), request.name() + ": " + verdict.problems() + "\n" + sql);
        }
    }

    private static Instant recordTime(long n) {
        return EPOCH.minusSeconds(n * 7919 % 63_072_000);
    }

    private static Instant workshopStart(long n) {
        return recordTime(n).atOffset(ZoneOffset.UTC).plusYears(2).toInstant();
    }

    private static String recentCursor(String kind, long n) {
        return Cursor.of(recordTime(n), UUID.fromString(id(kind, n))).encode();
    }

    private static String organization(long n) {
        return id("org", n);
    }

    /** The id data-set.sql gives the n-th record of a kind: md5('plan-<kind>-<n>') as a uuid. */
    private static String id(String kind, long n) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest(("plan-" + kind + "-" + n).getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"))
                    .toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void run(String script) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(script);
                Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            try {
                statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } finally {
                // The scripts turn triggers off for their session: a pooled connection must not keep that.
                statement.execute("reset session_replication_role");
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Cannot run " + script, e);
        }
    }
}
