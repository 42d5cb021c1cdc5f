package city.circular.hub.apiclient;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The hub's edge to Keycloak's admin REST API, as its own service account (client credentials). It creates a
 * confidential client that can only use the client-credentials grant, whose tokens carry the API's audience and the
 * organization's group path as a fixed {@code groups} claim: so the hub needs no right on users or groups, only
 * {@code manage-clients}, and deleting the client leaves nothing behind in Keycloak.
 */
@ApplicationScoped
public class KeycloakAdmin {

    private static final Logger LOG = Logger.getLogger(KeycloakAdmin.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiClientsConfig config;
    private final HttpClient http;

    public KeycloakAdmin(ApiClientsConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** What Keycloak made: its internal id, the client_id and the secret, which is shown once. */
    public record Created(String keycloakId, String clientId, String secret) {}

    public boolean configured() {
        return config.configured();
    }

    /** Creates the client and reads its secret; if reading fails, the client is deleted again. */
    public Created create(String clientId, String displayName, String description, String groupPath) {
        String token = token();
        HttpResponse<String> created = send(
                request("/clients", token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                json(representation(clientId, displayName, description, groupPath))))
                        .build(),
                "create the client");
        if (created.statusCode() != 201) {
            throw refused("create the client", created);
        }
        String location = created.headers().firstValue("Location").orElse("");
        String keycloakId = location.substring(location.lastIndexOf('/') + 1);
        if (!keycloakId.matches("[0-9a-fA-F-]{36}")) {
            throw new ApiException(ProblemType.BAD_GATEWAY, "Keycloak created the client but did not say where.");
        }
        try {
            HttpResponse<String> secret = send(
                    request("/clients/" + keycloakId + "/client-secret", token)
                            .GET()
                            .build(),
                    "read the client's secret");
            if (secret.statusCode() != 200) {
                throw refused("read the client's secret", secret);
            }
            String value = parse(secret.body()).path("value").asText("");
            if (value.isEmpty()) {
                throw new ApiException(ProblemType.BAD_GATEWAY, "Keycloak answered without the client's secret.");
            }
            return new Created(keycloakId, clientId, value);
        } catch (ApiException e) {
            deleteQuietly(keycloakId);
            throw e;
        }
    }

    /** Deletes the client; one that is gone already counts as deleted. */
    public void delete(String keycloakId) {
        delete(keycloakId, token());
    }

    /** Undoes a creation after a later step failed, keeping that step's error as the answer. */
    public void deleteQuietly(String keycloakId) {
        try {
            delete(keycloakId);
        } catch (ApiException e) {
            LOG.errorf("Keycloak client %s was created but could not be deleted again: %s", keycloakId, e.getMessage());
        }
    }

    private void delete(String keycloakId, String token) {
        HttpResponse<String> deleted =
                send(request("/clients/" + keycloakId, token).DELETE().build(), "delete the client");
        if (deleted.statusCode() != 204 && deleted.statusCode() != 404) {
            throw refused("delete the client", deleted);
        }
    }

    private Map<String, Object> representation(
            String clientId, String displayName, String description, String groupPath) {
        return Map.ofEntries(
                Map.entry("clientId", clientId),
                Map.entry("name", displayName),
                Map.entry("description", description == null ? "" : description),
                Map.entry("enabled", true),
                Map.entry("protocol", "openid-connect"),
                Map.entry("publicClient", false),
                Map.entry("clientAuthenticatorType", "client-secret"),
                Map.entry("standardFlowEnabled", false),
                Map.entry("implicitFlowEnabled", false),
                Map.entry("directAccessGrantsEnabled", false),
                Map.entry("serviceAccountsEnabled", true),
                Map.entry("fullScopeAllowed", false),
                Map.entry(
                        "attributes",
                        Map.of(
                                "oauth2.device.authorization.grant.enabled", "false",
                                "oidc.ciba.grant.enabled", "false",
                                "use.refresh.tokens.for.client.credentials.grant", "false")),
                Map.entry("defaultClientScopes", List.of("basic", "profile", "roles", "service_account")),
                Map.entry("optionalClientScopes", List.of()),
                Map.entry(
                        "protocolMappers",
                        List.of(
                                Map.of(
                                        "name",
                                        "audience " + config.audience(),
                                        "protocol",
                                        "openid-connect",
                                        "protocolMapper",
                                        "oidc-audience-mapper",
                                        "config",
                                        Map.of(
                                                "included.custom.audience", config.audience(),
                                                "access.token.claim", "true",
                                                "id.token.claim", "false",
                                                "introspection.token.claim", "true")),
                                Map.of(
                                        "name", "organization group",
                                        "protocol", "openid-connect",
                                        "protocolMapper", "oidc-hardcoded-claim-mapper",
                                        "config",
                                                Map.of(
                                                        "claim.name", "groups",
                                                        "claim.value", json(List.of(groupPath)),
                                                        "jsonType.label", "JSON",
                                                        "access.token.claim", "true",
                                                        "id.token.claim", "false",
                                                        "userinfo.token.claim", "false",
                                                        "introspection.token.claim", "true")))));
    }

    private String token() {
        String form = "grant_type=client_credentials&client_id="
                + encode(config.clientId().orElseThrow()) + "&client_secret="
                + encode(config.clientSecret().orElseThrow());
        HttpResponse<String> answer = send(
                HttpRequest.newBuilder(
                                URI.create(base() + "/realms/" + config.realm() + "/protocol/openid-connect/token"))
                        .timeout(config.timeout())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                "sign in the hub's service account");
        if (answer.statusCode() != 200) {
            throw refused("sign in the hub's service account", answer);
        }
        String token = parse(answer.body()).path("access_token").asText("");
        if (token.isEmpty()) {
            throw new ApiException(ProblemType.BAD_GATEWAY, "Keycloak answered without an access token.");
        }
        return token;
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(base() + "/admin/realms/" + config.realm() + path))
                .timeout(config.timeout())
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private String base() {
        String url = config.keycloakUrl().orElseThrow();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private HttpResponse<String> send(HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.warnf("Keycloak did not answer when the hub tried to %s: %s", what, e.toString());
            throw new ApiException(
                    ProblemType.UNAVAILABLE, "Keycloak did not answer when the hub tried to " + what + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ProblemType.UNAVAILABLE, "Interrupted while waiting for Keycloak.");
        }
    }

    private static ApiException refused(String what, HttpResponse<String> answer) {
        // Keycloak's own message (such as a duplicate client id) goes to the log, not to the caller.
        LOG.warnf("Keycloak answered %d when the hub tried to %s: %s", answer.statusCode(), what, answer.body());
        return new ApiException(
                ProblemType.BAD_GATEWAY, "Keycloak refused to " + what + " (HTTP " + answer.statusCode() + ").");
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(ProblemType.BAD_GATEWAY, "Keycloak answered with something other than JSON.");
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
