package city.circular.hub.organization;

import city.circular.hub.common.Caller;
import city.circular.hub.common.Role;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Resolves the caller once per request from the access token; what the token's memberships resolve to in the
 * database comes from {@link CallerCache}, so a request usually runs no statement for it. Memberships come from Keycloak group paths
 * {@code /organizations/<slug>/<viewer|editor|admin>}; the platform administrator is the realm role
 * {@code platform-admin}.
 */
@RequestScoped
public class CallerContext {

    public static final String PLATFORM_ADMIN = "platform-admin";
    private static final Pattern MEMBERSHIP =
            Pattern.compile("^/organizations/([a-z0-9][a-z0-9-]*)/(viewer|editor|admin)$");

    private final SecurityIdentity identity;
    private final OrganizationRepository organizations;
    private final CallerCache cache;
    private Caller caller;

    public CallerContext(SecurityIdentity identity, OrganizationRepository organizations, CallerCache cache) {
        this.identity = identity;
        this.organizations = organizations;
        this.cache = cache;
    }

    public Caller current() {
        if (caller == null) {
            caller = resolve();
        }
        return caller;
    }

    private Caller resolve() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            throw new UnauthorizedException();
        }
        Map<String, Role> roleBySlug = new HashMap<>();
        Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
        for (String group : groups) {
            Matcher m = MEMBERSHIP.matcher(group);
            if (m.matches()) {
                Role role = Role.valueOf(m.group(2).toUpperCase());
                roleBySlug.merge(m.group(1), role, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        CallerCache.Resolved resolved = cache.get(Map.copyOf(roleBySlug), this::lookUp);
        String username = firstNonBlank(token.getClaim("preferred_username"), token.getSubject(), token.getName());
        String displayName = firstNonBlank(token.getClaim("name"), username);
        return new Caller(
                token.getSubject(),
                username,
                displayName,
                identity.hasRole(PLATFORM_ADMIN),
                resolved.memberships(),
                resolved.networkPeers());
    }

    /** The database's side of the memberships: two statements, run when the cache has no current entry. */
    private CallerCache.Resolved lookUp(Map<String, Role> roleBySlug) {
        Map<UUID, Role> memberships = new HashMap<>();
        for (Organization organization : organizations.findBySlugs(roleBySlug.keySet())) {
            memberships.put(organization.id, roleBySlug.get(organization.slug));
        }
        return new CallerCache.Resolved(
                0, Map.copyOf(memberships), Set.copyOf(organizations.networkPeersOf(memberships.keySet())));
    }

    private static String firstNonBlank(Object... values) {
        for (Object value : values) {
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return "unknown";
    }
}
