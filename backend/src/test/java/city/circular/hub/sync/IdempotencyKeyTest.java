package city.circular.hub.sync;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class IdempotencyKeyTest {

    @Inject
    Organizations organizations;

    @Inject
    AgroalDataSource dataSource;

    private String editorOf(String slug) {
        organizations.create(slug);
        return Tokens.member(slug, "editor");
    }

    private int strategiesOf(String slug) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from strategy s join organization o on o.id = s.organization_id"
                                + " where o.slug = ?")) {
            count.setString(1, slug);
            var rows = count.executeQuery();
            rows.next();
            return rows.getInt(1);
        }
    }

    private static ExtractableResponse<Response> post(String token, String key, Map<String, Object> body) {
        return as(token)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/strategies")
                .then()
                .extract();
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndCreatesNothing() throws Exception {
        String editor = editorOf("idem-replay");
        Map<String, Object> body = Map.of("title", "Kreislaufstadt", "visibility", "PRIVATE");

        var first = post(editor, "retry-1", body);
        var retry = post(editor, "retry-1", body);

        assertEquals(201, first.statusCode());
        assertEquals(null, first.header("Idempotent-Replayed"));
        assertEquals(201, retry.statusCode());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(first.body().asString(), retry.body().asString());
        assertEquals(1, strategiesOf("idem-replay"));

        // Another key is another request.
        assertEquals(201, post(editor, "retry-2", body).statusCode());
        assertEquals(2, strategiesOf("idem-replay"));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() throws Exception {
        String editor = editorOf("idem-mismatch");
        post(editor, "k", Map.of("title", "Eins"));
        as(editor)
                .header("Idempotency-Key", "k")
                .body(Map.of("title", "Zwei"))
                .post("/api/v1/strategies")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertEquals(1, strategiesOf("idem-mismatch"));
    }

    @Test
    void keysBelongToTheirCaller() throws Exception {
        String one = editorOf("idem-callers");
        String other = Tokens.user("other-editor", "/organizations/idem-callers/editor");
        var first = post(one, "shared-key", Map.of("title", "A"));
        var second = post(other, "shared-key", Map.of("title", "A"));
        assertEquals(201, second.statusCode());
        assertEquals(null, second.header("Idempotent-Replayed"));
        assertNotEquals(first.header("Location"), second.header("Location"));
        assertEquals(2, strategiesOf("idem-callers"));
    }

    @Test
    void aRetryWhileTheFirstStillRunsIsAConflict() throws Exception {
        String editor = editorOf("idem-inflight");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement running = connection.prepareStatement("""
                        insert into idempotency_key (caller, idempotency_key, request_hash, state, locked_until,
                                                     created_at)
                        values ('sub-idem-inflight-editor', 'busy', 'x', 'IN_FLIGHT', now() + interval '1 minute',
                                now())""")) {
            running.executeUpdate();
        }
        as(editor)
                .header("Idempotency-Key", "busy")
                .body(Map.of("title", "Warten"))
                .post("/api/v1/strategies")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("status", equalTo(409));
        assertEquals(0, strategiesOf("idem-inflight"));
    }

    @Test
    void rejectedRequestsAreReplayedTooAndBadKeysAre400() throws Exception {
        String editor = editorOf("idem-invalid");
        var first = post(editor, "invalid", Map.of("title", ""));
        var retry = post(editor, "invalid", Map.of("title", ""));
        assertEquals(400, first.statusCode());
        assertEquals(400, retry.statusCode());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(first.body().asString(), retry.body().asString());

        as(editor)
                .header("Idempotency-Key", "x".repeat(201))
                .body(Map.of("title", "T"))
                .post("/api/v1/strategies")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertEquals(0, strategiesOf("idem-invalid"));
    }

    @Test
    void withoutAKeyNothingIsKept() throws Exception {
        String editor = editorOf("idem-none");
        as(editor)
                .body(Map.of("title", "Ohne"))
                .post("/api/v1/strategies")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from idempotency_key where caller = 'sub-idem-none-editor'")) {
            var rows = count.executeQuery();
            rows.next();
            assertEquals(0, rows.getInt(1));
        }
        assertEquals(1, strategiesOf("idem-none"));
    }
}
