package city.circular.hub.apiclient;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.Caller;
import city.circular.hub.common.ProblemType;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.organization.Organization;
import city.circular.hub.organization.OrganizationService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * An organization's admins (and platform admins) create, list and revoke the machine clients of their sync scripts.
 * Keycloak holds the clients and their secrets; the hub keeps a record of each. No database transaction stays open
 * while Keycloak answers, and a creation that fails half-way deletes the Keycloak client again.
 */
@ApplicationScoped
public class ApiClientService {

    private static final String WHAT = "API client";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiClientRepository clients;
    private final OrganizationService organizations;
    private final AccessPolicy policy;
    private final KeycloakAdmin keycloak;

    public ApiClientService(
            ApiClientRepository clients,
            OrganizationService organizations,
            AccessPolicy policy,
            KeycloakAdmin keycloak) {
        this.clients = clients;
        this.organizations = organizations;
        this.policy = policy;
        this.keycloak = keycloak;
    }

    public List<ApiClientView> list(UUID organizationId) {
        administered(organizationId);
        requireConfigured();
        return clients.ofOrganization(organizationId).stream()
                .map(c -> ApiClientView.of(c, null))
                .toList();
    }

    public ApiClientView get(UUID organizationId, UUID id) {
        administered(organizationId);
        requireConfigured();
        return ApiClientView.of(
                clients.ofOrganization(organizationId, id).orElseThrow(() -> ApiException.notFound(WHAT)), null);
    }

    /** Creates the Keycloak client, then the hub's record; the answer carries the secret, once. */
    public ApiClientView create(UUID organizationId, ApiClientInput input) {
        Organization organization = administered(organizationId);
        requireConfigured();
        String clientId = "cch-" + organization.slug + "-" + HexFormat.of().formatHex(randomBytes());
        KeycloakAdmin.Created created = keycloak.create(
                clientId,
                organization.name + ": " + input.name().strip(),
                input.description(),
                input.role().groupPath(organization.slug));
        try {
            ApiClient saved = QuarkusTransaction.requiringNew().call(() -> record(organizationId, created, input));
            return ApiClientView.of(saved, created.secret());
        } catch (RuntimeException e) {
            keycloak.deleteQuietly(created.keycloakId());
            throw e;
        }
    }

    /** Deletes the Keycloak client first: while that fails, the record stays, so that revoking can be retried. */
    public void revoke(UUID organizationId, UUID id) {
        administered(organizationId);
        requireConfigured();
        ApiClient client = clients.ofOrganization(organizationId, id).orElseThrow(() -> ApiException.notFound(WHAT));
        keycloak.delete(client.keycloakId);
        QuarkusTransaction.requiringNew().run(() -> clients.deleteById(client.id));
    }

    private ApiClient record(UUID organizationId, KeycloakAdmin.Created created, ApiClientInput input) {
        ApiClient client = new ApiClient();
        client.created(policy.caller().username());
        client.organizationId = organizationId;
        client.keycloakId = created.keycloakId();
        client.clientId = created.clientId();
        client.name = input.name().strip();
        client.description = input.description() == null || input.description().isBlank()
                ? null
                : input.description().strip();
        client.role = input.role();
        clients.persist(client);
        clients.flush();
        return client;
    }

    /** 404 unless the caller belongs to the organization (or administers the platform), 403 unless an admin. */
    private Organization administered(UUID organizationId) {
        Caller caller = policy.caller();
        if (!caller.platformAdmin()) {
            policy.administers(organizationId, "API clients");
        }
        return organizations.get(organizationId);
    }

    private void requireConfigured() {
        if (!keycloak.configured()) {
            throw new ApiException(
                    ProblemType.UNAVAILABLE,
                    "Machine clients are not configured on this hub: it has no Keycloak admin access.");
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
