package city.circular.hub.organization;

import city.circular.hub.common.ProblemMappers;
import city.circular.hub.common.ProblemType;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The role check of {@link ForEditors} operations, made from the token alone before the body is read: a caller
 * without any editor or admin group answers 403 as the service would, only without validating the body first.
 * Anonymous callers pass on to the usual 401.
 */
public class EditorGate {

    private static final Pattern WRITING_MEMBERSHIP =
            Pattern.compile("^/organizations/[a-z0-9][a-z0-9-]*/(editor|admin)$");

    private final CurrentIdentityAssociation identities;

    public EditorGate(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ForEditors
    @ServerRequestFilter
    public Uni<Response> refuseReadOnlyCallers(ContainerRequestContext request) {
        return identities
                .getDeferredIdentity()
                .map(identity -> mayEdit(identity)
                        ? null
                        : ProblemMappers.problem(
                                ProblemType.FORBIDDEN,
                                403,
                                "You are not an editor of any organization.",
                                request.getUriInfo().getPath(),
                                List.of()));
    }

    private static boolean mayEdit(SecurityIdentity identity) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return true;
        }
        Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
        return groups.stream().anyMatch(g -> WRITING_MEMBERSHIP.matcher(g).matches());
    }
}
