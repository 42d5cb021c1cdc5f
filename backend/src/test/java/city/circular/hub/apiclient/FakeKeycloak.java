package city.circular.hub.apiclient;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for Keycloak's token endpoint and the part of its admin API the hub uses, on 127.0.0.1: it records every
 * request and answers as Keycloak 26 does, or fails a step on purpose.
 */
public class FakeKeycloak implements QuarkusTestResourceLifecycleManager {

    static final String REALM = "circular-city";
    static final String CLIENT_ID = "cch-provisioner";
    static final String CLIENT_SECRET = "provisioner-test-secret";
    static final String ADMIN_TOKEN = "admin-token-of-the-provisioner";

    record Seen(String method, String path, String authorization, String contentType, String body) {}

    /** A step to fail: the status to answer with, or -1 to stall beyond the hub's timeout. */
    enum Step {
        TOKEN,
        CREATE,
        SECRET,
        DELETE
    }

    static final List<Seen> seen = new CopyOnWriteArrayList<>();
    static final Map<Step, Integer> failures = new ConcurrentHashMap<>();
    static final Set<String> clients = ConcurrentHashMap.newKeySet();
    /** Runs while the creation is answered (to change the database under the hub's feet). */
    static volatile Runnable duringCreate = () -> {};

    private static HttpServer server;

    static void reset() {
        seen.clear();
        failures.clear();
        duringCreate = () -> {};
    }

    static List<Seen> admin() {
        return seen.stream().filter(s -> s.path().startsWith("/admin/")).toList();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", FakeKeycloak::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        return Map.of(
                "cch.api-clients.keycloak-url",
                        "http://127.0.0.1:" + server.getAddress().getPort(),
                "cch.api-clients.realm", REALM,
                "cch.api-clients.client-id", CLIENT_ID,
                "cch.api-clients.client-secret", CLIENT_SECRET,
                "cch.api-clients.timeout", "PT2S");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        seen.add(new Seen(
                method,
                path,
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                body));
        String admin = "/admin/realms/" + REALM + "/clients";
        if (method.equals("POST") && path.equals("/realms/" + REALM + "/protocol/openid-connect/token")) {
            if (fails(exchange, Step.TOKEN)) {
                return;
            }
            boolean valid = body.contains("grant_type=client_credentials")
                    && body.contains("client_id=" + CLIENT_ID)
                    && body.contains("client_secret=" + CLIENT_SECRET);
            if (!valid) {
                answer(exchange, 401, "{\"error\":\"unauthorized_client\"}");
                return;
            }
            answer(exchange, 200, "{\"access_token\":\"" + ADMIN_TOKEN + "\",\"expires_in\":300}");
            return;
        }
        if (!(ADMIN_TOKEN.equals(bearer(exchange)))) {
            answer(exchange, 401, "{\"error\":\"HTTP 401 Unauthorized\"}");
            return;
        }
        if (method.equals("POST") && path.equals(admin)) {
            duringCreate.run();
            if (fails(exchange, Step.CREATE)) {
                return;
            }
            String id = UUID.randomUUID().toString();
            clients.add(id);
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1/admin/realms/" + REALM + "/clients/" + id);
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
            return;
        }
        if (method.equals("GET") && path.startsWith(admin + "/") && path.endsWith("/client-secret")) {
            if (fails(exchange, Step.SECRET)) {
                return;
            }
            String id = path.substring(admin.length() + 1, path.length() - "/client-secret".length());
            answer(exchange, 200, "{\"type\":\"secret\",\"value\":\"" + secretOf(id) + "\"}");
            return;
        }
        if (method.equals("DELETE") && path.startsWith(admin + "/")) {
            if (fails(exchange, Step.DELETE)) {
                return;
            }
            String id = path.substring(admin.length() + 1);
            if (clients.remove(id)) {
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            } else {
                answer(exchange, 404, "{\"error\":\"Could not find client\"}");
            }
            return;
        }
        answer(exchange, 404, "{\"error\":\"unknown path\"}");
    }

    static String secretOf(String keycloakId) {
        return "secret-of-" + keycloakId;
    }

    private static boolean fails(HttpExchange exchange, Step step) throws IOException {
        Integer status = failures.get(step);
        if (status == null) {
            return false;
        }
        if (status < 0) {
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            status = 500;
        }
        try {
            answer(exchange, status, "{\"errorMessage\":\"failed on purpose\"}");
        } catch (IOException e) {
            // The hub gave up waiting and closed the connection.
        }
        return true;
    }

    private static String bearer(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && header.startsWith("Bearer ") ? header.substring(7) : null;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
