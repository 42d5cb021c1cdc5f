package city.circular.hub.change;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ChangeFeedTest {

    @Inject
    Organizations organizations;

    @Inject
    AgroalDataSource dataSource;

    /** One organization per test, so that the feed filtered to it holds exactly that test's changes. */
    private String editorOf(String slug) {
        organizations.create(slug);
        return Tokens.member(slug, "editor");
    }

    private static Map<String, Object> strategy(String title, String visibility) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("visibility", visibility);
        body.put("externalId", "ext-" + title);
        return body;
    }

    private static JsonPath page(String token, UUID organization, String after) {
        var request = as(token).queryParam("organizationId", organization).queryParam("limit", 1000);
        if (after != null) {
            request.queryParam("after", after);
        }
        return request.get("/api/v1/changes")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .jsonPath();
    }

    private static List<String> summary(JsonPath page) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
            lines.add(item.get("operation") + " " + item.get("type") + " " + item.get("externalId"));
        }
        return lines;
    }

    @Test
    void listsCreatesUpdatesAndDeletesInCommitOrderWithTombstones() {
        String editor = editorOf("feed-order");
        UUID org = organizations.id("feed-order");
        String id = as(editor)
                .body(strategy("order", "PRIVATE"))
                .post("/api/v1/strategies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(editor)
                .body(Map.of("type", "VISION", "title", "Kreislaufstadt"))
                .post("/api/v1/strategies/{id}/components", id)
                .then()
                .statusCode(201);
        Map<String, Object> update = strategy("order", "PRIVATE");
        update.put("summary", "changed");
        as(editor)
                .header("If-Match", "\"0\"")
                .body(update)
                .put("/api/v1/strategies/{id}", id)
                .then()
                .statusCode(200);
        as(editor)
                .header("If-Match", "\"1\"")
                .delete("/api/v1/strategies/{id}", id)
                .then()
                .statusCode(204);

        JsonPath page = page(editor, org, null);

        // The component went with its strategy: the strategy's tombstone stands for it.
        assertEquals(
                List.of(
                        "CREATE strategy ext-order",
                        "CREATE strategy-component null",
                        "UPDATE strategy ext-order",
                        "DELETE strategy ext-order"),
                summary(page));
        assertEquals(id, page.getString("items[3].id"));
        assertEquals(org.toString(), page.getString("items[3].organizationId"));
        assertEquals(id, page.getString("items[1].rootId"));
        assertEquals("strategy", page.getString("items[1].rootType"));
        assertEquals(false, page.getBoolean("hasMore"));

        // Following from the last cursor repeats nothing; the empty page keeps the cursor.
        JsonPath after = page(editor, org, page.getString("next"));
        assertEquals(List.of(), summary(after));
        assertEquals(page.getString("next"), after.getString("next"));
    }

    @Test
    void pagesNeverRepeatAChangeAndTellWhetherMoreAreReady() {
        String editor = editorOf("feed-pages");
        UUID org = organizations.id("feed-pages");
        for (int i = 0; i < 5; i++) {
            as(editor)
                    .body(strategy("p" + i, "PRIVATE"))
                    .post("/api/v1/strategies")
                    .then()
                    .statusCode(201);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        boolean more = true;
        int pages = 0;
        while (more) {
            var request = as(editor).queryParam("organizationId", org).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.get("/api/v1/changes")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(summary(page));
            cursor = page.getString("next");
            more = page.getBoolean("hasMore");
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(
                List.of(
                        "CREATE strategy ext-p0",
                        "CREATE strategy ext-p1",
                        "CREATE strategy ext-p2",
                        "CREATE strategy ext-p3",
                        "CREATE strategy ext-p4"),
                seen);
    }

    @Test
    void aRecordHiddenByAVisibilityChangeIsARemovalForThoseWhoSawIt() {
        String editor = editorOf("feed-visibility");
        UUID org = organizations.id("feed-visibility");
        String outsider = Tokens.member(Organizations.EKSEMPELBY, "viewer");
        String id = as(editor)
                .body(strategy("shared", "PUBLIC"))
                .post("/api/v1/strategies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(editor)
                .header("If-Match", "\"0\"")
                .body(strategy("shared", "PRIVATE"))
                .put("/api/v1/strategies/{id}", id)
                .then()
                .statusCode(200);
        Map<String, Object> later = strategy("shared", "PRIVATE");
        later.put("summary", "private now");
        as(editor)
                .header("If-Match", "\"1\"")
                .body(later)
                .put("/api/v1/strategies/{id}", id)
                .then()
                .statusCode(200);

        assertEquals(
                List.of("CREATE strategy ext-shared", "REMOVED strategy ext-shared"),
                summary(page(outsider, org, null)));
        assertEquals(
                List.of("CREATE strategy ext-shared", "UPDATE strategy ext-shared", "UPDATE strategy ext-shared"),
                summary(page(editor, org, null)));
    }

    @Test
    void aRolledBackWriteLeavesNoChange() throws Exception {
        editorOf("feed-rollback");
        UUID org = organizations.id("feed-rollback");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            insertStrategy(connection, org, "rolled-back");
            connection.rollback();
        }
        assertEquals(List.of(), summary(page(Tokens.member("feed-rollback", "viewer"), org, null)));
    }

    @Test
    void rejectsCursorsAndTypesItDidNotIssue() {
        String viewer = Tokens.member(Organizations.MUSTERSTADT, "viewer");
        as(viewer)
                .queryParam("after", "bm90LWEtY3Vyc29y")
                .get("/api/v1/changes")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("after"))
                .body("errors[0].message", equalTo("is not a cursor this API returned"));
        as(viewer)
                .queryParam("types", "strategy,planet")
                .get("/api/v1/changes")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("types"));
        as(viewer)
                .queryParam("limit", 1001)
                .get("/api/v1/changes")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("limit"));
        io.restassured.RestAssured.given()
                .get("/api/v1/changes")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void filtersByType() {
        String editor = editorOf("feed-types");
        UUID org = organizations.id("feed-types");
        String id = as(editor)
                .body(strategy("typed", "PRIVATE"))
                .post("/api/v1/strategies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(editor)
                .body(Map.of("type", "VISION", "title", "Vision"))
                .post("/api/v1/strategies/{id}/components", id)
                .then()
                .statusCode(201);
        JsonPath page = as(editor)
                .queryParam("organizationId", org)
                .queryParam("types", "strategy-component")
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("CREATE strategy-component null"), summary(page));
    }

    /**
     * Writers with long and short transactions commit out of order while a reader follows the feed; at the end the
     * reader has seen every committed record exactly once.
     */
    @Test
    void neverSkipsAChangeWhoseTransactionCommitsLate() throws Exception {
        String editor = editorOf("feed-race");
        UUID org = organizations.id("feed-race");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                for (int i = 0; i < 6; i++) {
                    if (i % 3 == writer % 3) {
                        // A long transaction: its change gets its position early and commits late.
                        try (Connection connection = dataSource.getConnection()) {
                            connection.setAutoCommit(false);
                            insertStrategy(connection, org, "long-" + writer + "-" + i);
                            Thread.sleep(400);
                            connection.commit();
                        }
                    } else {
                        as(editor)
                                .body(strategy("short-" + writer + "-" + i, "PRIVATE"))
                                .post("/api/v1/strategies")
                                .then()
                                .statusCode(201);
                    }
                }
                return null;
            }));
        }
        Future<List<String>> reader = pool.submit(() -> {
            List<String> read = new ArrayList<>();
            String cursor = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                JsonPath page = page(editor, org, cursor);
                for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                    read.add((String) item.get("id"));
                }
                cursor = page.getString("next");
                if (read.size() >= 18) {
                    break;
                }
                Thread.sleep(20);
            }
            return read;
        });
        for (Future<?> writer : writers) {
            writer.get(60, TimeUnit.SECONDS);
        }
        List<String> read = reader.get(90, TimeUnit.SECONDS);
        pool.shutdown();

        Set<String> inDatabase = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select id::text from strategy where organization_id = ?")) {
            select.setObject(1, org);
            var rows = select.executeQuery();
            while (rows.next()) {
                inDatabase.add(rows.getString(1));
            }
        }
        assertEquals(18, inDatabase.size());
        assertEquals(read.size(), new HashSet<>(read).size(), "a change was read twice: " + read);
        assertEquals(inDatabase, new HashSet<>(read));
    }

    @Test
    void aCursorIntoPurgedHistoryIsGoneButTheStartStillWorks() {
        String editor = editorOf("feed-purge");
        UUID org = organizations.id("feed-purge");
        as(editor)
                .body(strategy("old", "PRIVATE"))
                .post("/api/v1/strategies")
                .then()
                .statusCode(201);
        String cursor = page(editor, org, null).getString("next");
        assertNotNull(cursor);
        String early = ChangePosition.START.encode();

        int purged = retention.purgeOlderThan(Instant.now().plusSeconds(1));
        assertTrue(purged > 0);

        as(editor)
                .queryParam("after", early)
                .get("/api/v1/changes")
                .then()
                .statusCode(410)
                .contentType(PROBLEM)
                .body("status", equalTo(410))
                .body("title", equalTo("Cursor expired"));
        as(editor)
                .body(strategy("new", "PRIVATE"))
                .post("/api/v1/strategies")
                .then()
                .statusCode(201);
        assertEquals(List.of("CREATE strategy ext-new"), summary(page(editor, org, null)));
    }

    @Test
    void aPracticeDraftStaysOutOfPeersFeedsUntilItIsPublished() {
        String editor = Tokens.member(Organizations.MUSTERSTADT, "editor");
        UUID musterstadt = organizations.id(Organizations.MUSTERSTADT);
        String peer = Tokens.member(Organizations.NACHBARSTADT, "viewer");
        String start = as(peer).queryParam("organizationId", musterstadt)
                .queryParam("types", "practice")
                .queryParam("limit", 1000)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .path("next");
        String id = as(editor)
                .body(Map.of("title", "Reparaturcafé", "language", "de", "visibility", "NETWORK"))
                .post("/api/v1/practices")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        JsonPath draft = page(peer, musterstadt, start);
        assertEquals(List.of(), draft.getList("items.findAll { it.type == 'practice' }"));

        as(editor)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "PUBLISHED"))
                .post("/api/v1/practices/{id}/status", id)
                .then()
                .statusCode(200);
        JsonPath published = page(peer, musterstadt, start);
        assertEquals(
                List.of("UPDATE " + id),
                published.<Map<String, Object>>getList("items").stream()
                        .filter(item -> item.get("type").equals("practice"))
                        .map(item -> item.get("operation") + " " + item.get("id"))
                        .toList());
    }

    @Inject
    ChangeRetention retention;

    private static void insertStrategy(Connection connection, UUID org, String title) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into strategy (id, organization_id, title, status, visibility, external_id,
                                      created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, 'DRAFT', 'PRIVATE', ?, ?, 'jdbc', ?, 'jdbc')""")) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, org);
            insert.setString(3, title);
            insert.setString(4, "ext-" + title);
            insert.setTimestamp(5, now);
            insert.setTimestamp(6, now);
            insert.executeUpdate();
        }
    }
}
