package city.circular.hub.apiclient;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * How the hub reaches Keycloak's admin API to manage machine clients: with the client credentials of its own
 * service account (realm-management {@code manage-clients} only). Without a URL, client id and secret the feature is
 * off and its endpoints answer 503.
 */
@ConfigMapping(prefix = "cch.api-clients")
public interface ApiClientsConfig {

    /** Keycloak's base address, e.g. {@code https://login.example.org} (no realm path). */
    Optional<String> keycloakUrl();

    @WithDefault("circular-city")
    String realm();

    Optional<String> clientId();

    Optional<String> clientSecret();

    /** The audience created clients' tokens carry: the API's. */
    @WithDefault("cch-api")
    String audience();

    /** Bound on connecting to Keycloak and on each of its answers. */
    @WithDefault("PT10S")
    Duration timeout();

    default boolean configured() {
        return keycloakUrl().isPresent()
                && clientId().isPresent()
                && clientSecret().isPresent();
    }
}
