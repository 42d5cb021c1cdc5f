package city.circular.hub.webhook;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import com.standardwebhooks.Webhook;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WebhookTest {

    @Inject
    Organizations organizations;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    AgroalDataSource dataSource;

    private record Subscribed(String id, String secret, String admin, String editor) {}

    private Subscribed subscribe(String slug, String url, List<String> types) {
        organizations.create(slug);
        String admin = Tokens.member(slug, "admin");
        JsonPath created = as(admin)
                .body(Map.of("url", url, "eventTypes", types, "description", "test receiver"))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", "\"0\"")
                .body("secret", startsWith("whsec_"))
                .body("status", equalTo("ACTIVE"))
                .body("eventTypes", equalTo(types))
                .extract()
                .jsonPath();
        return new Subscribed(
                created.getString("id"), created.getString("secret"), admin, Tokens.member(slug, "editor"));
    }

    private void deliver() {
        dispatcher.deliverDue();
    }

    private void unsubscribe(Subscribed s) {
        String etag = as(s.admin())
                .get("/api/v1/webhooks/{id}", s.id())
                .then()
                .extract()
                .header("ETag");
        as(s.admin())
                .header("If-Match", etag)
                .delete("/api/v1/webhooks/{id}", s.id())
                .then()
                .statusCode(204);
    }

    private static String createStrategy(String editor, String title) {
        return as(editor)
                .body(Map.of("title", title, "visibility", "PRIVATE"))
                .post("/api/v1/strategies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void verify(String secret, Receiver.Received message) throws Exception {
        new Webhook(secret).verify(message.body(), message.headers());
    }

    @Test
    void deliversEveryChangeInOrderSignedAsTheStandardLibraryVerifies() throws Exception {
        try (Receiver receiver = Receiver.accepting()) {
            Subscribed s = subscribe("hook-order", receiver.url(), List.of("strategy"));
            String id = createStrategy(s.editor(), "Erster Titel");
            as(s.editor())
                    .header("If-Match", "\"0\"")
                    .body(Map.of("title", "Zweiter Titel", "visibility", "PRIVATE"))
                    .put("/api/v1/strategies/{id}", id)
                    .then()
                    .statusCode(200);
            as(s.editor())
                    .header("If-Match", "\"1\"")
                    .delete("/api/v1/strategies/{id}", id)
                    .then()
                    .statusCode(204);

            List<Receiver.Received> messages = receiver.await(3, this::deliver);
            assertEquals(3, messages.size());
            List<String> types = new ArrayList<>();
            for (Receiver.Received message : messages) {
                verify(s.secret(), message);
                JsonPath body = JsonPath.from(message.body());
                types.add(body.getString("type"));
                assertEquals(id, body.getString("data.id"));
                assertTrue(message.header("webhook-id").startsWith("msg_"));
            }
            assertEquals(List.of("strategy.created", "strategy.updated", "strategy.deleted"), types);
            assertEquals(
                    3,
                    new HashSet<>(messages.stream()
                                    .map(m -> m.header("webhook-id"))
                                    .toList())
                            .size());

            as(s.admin())
                    .get("/api/v1/webhooks/{id}/deliveries", s.id())
                    .then()
                    .statusCode(200)
                    .body("size()", equalTo(3))
                    .body("[0].eventType", equalTo("strategy.deleted"))
                    .body("[0].statusCode", equalTo(204))
                    .body("[0].succeeded", equalTo(true));
            unsubscribe(s);
        }
    }

    @Test
    void aRolledBackWriteIsNeverDeliveredAndACommittedOneAlways() throws Exception {
        try (Receiver receiver = Receiver.accepting()) {
            Subscribed s = subscribe("hook-rollback", receiver.url(), List.of("strategy"));
            UUID org = organizations.id("hook-rollback");
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into strategy (id, organization_id, title, status, visibility, created_at, created_by,
                                              updated_at, updated_by)
                        values (gen_random_uuid(), ?, 'rolled back', 'DRAFT', 'PRIVATE', now(), 'jdbc', now(), 'jdbc')""")) {
                    insert.setObject(1, org);
                    insert.executeUpdate();
                }
                connection.rollback();
            }
            String committed = createStrategy(s.editor(), "committed");
            List<Receiver.Received> messages = receiver.await(1, this::deliver);
            Thread.sleep(300);
            deliver();
            assertEquals(1, receiver.received.size());
            assertEquals(committed, JsonPath.from(messages.getFirst().body()).getString("data.id"));
            unsubscribe(s);
        }
    }

    @Test
    void retriesAFailingEndpointWithTheSameMessageUntilItAnswers() throws Exception {
        try (Receiver receiver = new Receiver(2, 503)) {
            Subscribed s = subscribe("hook-retry", receiver.url(), List.of("strategy"));
            createStrategy(s.editor(), "eins");
            createStrategy(s.editor(), "zwei");

            List<Receiver.Received> messages = receiver.await(2, this::deliver);
            assertEquals(
                    List.of("eins", "zwei"),
                    messages.stream()
                            .map(m -> JsonPath.from(m.body()).getString("data.id"))
                            .map(this::titleOf)
                            .toList());
            JsonPath log = as(s.admin())
                    .get("/api/v1/webhooks/{id}/deliveries", s.id())
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            // Newest first: zwei once, eins after two 503s.
            assertEquals(List.of(204, 204, 503, 503), log.getList("statusCode"));
            assertEquals(List.of(1, 3, 2, 1), log.getList("attempt"));
            assertEquals(1, new HashSet<>(log.getList("messageId").subList(1, 4)).size());
            as(s.admin())
                    .get("/api/v1/webhooks/{id}", s.id())
                    .then()
                    .body("failedAttempts", equalTo(0))
                    .body("failingSince", equalTo(null));
            unsubscribe(s);
        }
    }

    private String titleOf(String strategyId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select title from strategy where id = ?")) {
            select.setObject(1, UUID.fromString(strategyId));
            var rows = select.executeQuery();
            rows.next();
            return rows.getString(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anEndpointFailingForDaysIsDisabledWithTheReasonAndResumesWhenEnabled() throws Exception {
        try (Receiver receiver = new Receiver(1_000_000, 500)) {
            Subscribed s = subscribe("hook-disable", receiver.url(), List.of("strategy"));
            createStrategy(s.editor(), "wartet");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline
                    && as(s.admin())
                                    .get("/api/v1/webhooks/{id}", s.id())
                                    .then()
                                    .extract()
                                    .<Integer>path("failedAttempts")
                            < 1) {
                deliver();
                Thread.sleep(50);
            }
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement age = connection.prepareStatement(
                            "update webhook_subscription set failing_since = now() - interval '4 days' where id = ?")) {
                age.setObject(1, UUID.fromString(s.id()));
                age.executeUpdate();
            }
            JsonPath disabled = null;
            while (System.nanoTime() < deadline) {
                disabled = as(s.admin())
                        .get("/api/v1/webhooks/{id}", s.id())
                        .then()
                        .extract()
                        .jsonPath();
                if ("DISABLED".equals(disabled.getString("status"))) {
                    break;
                }
                deliver();
                Thread.sleep(50);
            }
            assertEquals("DISABLED", disabled.getString("status"));
            assertTrue(disabled.getString("disabledReason").contains("last: HTTP 500"), disabled.prettify());
        }
        try (Receiver fixed = Receiver.accepting()) {
            Subscribed s = subscriptionOf("hook-disable");
            String etag = as(s.admin())
                    .get("/api/v1/webhooks/{id}", s.id())
                    .then()
                    .extract()
                    .header("ETag");
            as(s.admin())
                    .header("If-Match", etag)
                    .body(Map.of("url", fixed.url(), "eventTypes", List.of("strategy"), "status", "ACTIVE"))
                    .put("/api/v1/webhooks/{id}", s.id())
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("ACTIVE"))
                    .body("disabledReason", equalTo(null));
            List<Receiver.Received> messages = fixed.await(1, this::deliver);
            assertEquals(
                    "strategy.created",
                    JsonPath.from(messages.getFirst().body()).getString("type"));
            unsubscribe(s);
        }
    }

    private Subscribed subscriptionOf(String slug) {
        String admin = Tokens.member(slug, "admin");
        String id = as(admin)
                .get("/api/v1/webhooks")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");
        return new Subscribed(id, null, admin, Tokens.member(slug, "editor"));
    }

    @Test
    void duringARotationMessagesCarryBothSignatures() throws Exception {
        try (Receiver receiver = Receiver.accepting()) {
            Subscribed s = subscribe("hook-rotate", receiver.url(), List.of("strategy"));
            String rotated = as(s.admin())
                    .header("If-Match", "\"0\"")
                    .post("/api/v1/webhooks/{id}/rotate-secret", s.id())
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"1\"")
                    .extract()
                    .path("secret");
            assertNotEquals(s.secret(), rotated);
            createStrategy(s.editor(), "rotiert");
            Receiver.Received message = receiver.await(1, this::deliver).getFirst();
            assertEquals(2, message.header("webhook-signature").split(" ").length);
            verify(s.secret(), message);
            verify(rotated, message);
            unsubscribe(s);
        }
    }

    @Test
    void adminsPingAndRedeliverAndTheLogShowsIt() throws Exception {
        try (Receiver receiver = Receiver.accepting()) {
            Subscribed s = subscribe("hook-ping", receiver.url(), List.of());
            JsonPath ping = as(s.admin())
                    .post("/api/v1/webhooks/{id}/ping", s.id())
                    .then()
                    .statusCode(200)
                    .body("eventType", equalTo("webhook.ping"))
                    .body("succeeded", equalTo(true))
                    .body("statusCode", equalTo(204))
                    .body("manual", equalTo(true))
                    .extract()
                    .jsonPath();
            Receiver.Received received = receiver.await(1, this::deliver).getFirst();
            verify(s.secret(), received);
            as(s.admin())
                    .post("/api/v1/webhooks/{id}/deliveries/{d}/redeliver", s.id(), ping.getString("id"))
                    .then()
                    .statusCode(200)
                    .body("messageId", equalTo(ping.getString("messageId")))
                    .body("attempt", equalTo(2));
            assertEquals(
                    received.header("webhook-id"),
                    receiver.await(2, this::deliver).get(1).header("webhook-id"));
            as(s.admin())
                    .post("/api/v1/webhooks/{id}/deliveries/{d}/redeliver", s.id(), UUID.randomUUID())
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM);
            unsubscribe(s);
        }
    }

    @Test
    void onlyTheOrganizationsAdminsManageItsWebhooks() throws Exception {
        try (Receiver receiver = Receiver.accepting()) {
            Subscribed s = subscribe("hook-roles", receiver.url(), List.of());
            as(s.editor())
                    .body(Map.of("url", receiver.url()))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
            as(s.editor())
                    .get("/api/v1/webhooks/{id}", s.id())
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
            as(Tokens.member(Organizations.EKSEMPELBY, "admin"))
                    .get("/api/v1/webhooks/{id}", s.id())
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM);
            as(s.admin())
                    .get("/api/v1/webhooks")
                    .then()
                    .statusCode(200)
                    .body("size()", equalTo(1))
                    .body("[0].secret", equalTo(null));
            as(s.admin())
                    .header("If-Match", "\"7\"")
                    .delete("/api/v1/webhooks/{id}", s.id())
                    .then()
                    .statusCode(412)
                    .contentType(PROBLEM);
            as(s.admin())
                    .delete("/api/v1/webhooks/{id}", s.id())
                    .then()
                    .statusCode(428)
                    .contentType(PROBLEM);
            unsubscribe(s);
        }
    }

    @Test
    void refusesEndpointsOnInternalAddressesPlainHttpAndUnknownTypes() {
        organizations.create("hook-guard");
        String admin = Tokens.member("hook-guard", "admin");
        for (String url : List.of(
                "http://10.1.2.3/hook",
                "https://169.254.169.254/latest/meta-data",
                "https://192.168.0.10/hook",
                "https://[fd00::1]/hook",
                "http://example.org/hook",
                "ftp://127.0.0.1/hook",
                "https://user:pw@127.0.0.1/hook")) {
            as(admin)
                    .body(Map.of("url", url))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(422)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("url"));
        }
        as(admin)
                .body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("planet")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("eventTypes[0]"));
        as(admin).get("/api/v1/webhooks").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void replicasDeliveringAtOnceSendEachMessageOnce() throws Exception {
        try (Receiver receiver = Receiver.accepting()) {
            Subscribed s = subscribe("hook-replicas", receiver.url(), List.of("strategy"));
            for (int i = 0; i < 20; i++) {
                createStrategy(s.editor(), "r" + i);
            }
            ExecutorService replicas = Executors.newFixedThreadPool(3);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (int r = 0; r < 3; r++) {
                    runs.add(replicas.submit(() -> dispatcher.deliverDue()));
                }
            }
            for (Future<Integer> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
            replicas.shutdown();
            List<Receiver.Received> messages = receiver.await(20, this::deliver);
            Thread.sleep(500);
            assertEquals(20, receiver.received.size());
            assertEquals(
                    20,
                    new HashSet<>(receiver.received.stream()
                                    .map(m -> m.header("webhook-id"))
                                    .toList())
                            .size());
            assertEquals(20, messages.size());
            unsubscribe(s);
        }
    }
}
