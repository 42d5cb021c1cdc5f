package city.circular.hub.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Access tokens as Keycloak issues them for the realm, signed with the OIDC test server's key. */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "cch-api";

    private Tokens() {}

    /** A user in the given Keycloak groups, e.g. {@code /organizations/musterstadt/editor}. */
    public static String user(String username, String... groups) {
        return claims(username, Set.of(groups), List.of()).sign();
    }

    public static String platformAdmin() {
        return claims("platform-admin", Set.of(), List.of("platform-admin")).sign();
    }

    public static String member(String slug, String role) {
        return user(slug + "-" + role, "/organizations/" + slug + "/" + role);
    }

    public static JwtClaimsBuilder claims(String username, Set<String> groups, List<String> realmRoles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("sub-" + username)
                .preferredUserName(username)
                .claim("name", username)
                .groups(groups)
                .claim("realm_access", Map.of("roles", realmRoles))
                .issuedAt(Instant.now())
                .expiresIn(300);
    }
}
