package city.circular.hub.organization;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authorisation before validation for {@link ChecksAccessFirst} operations. It runs on the worker thread the
 * operation will run on, after the token is checked and before the body is read; a refusal is thrown as the
 * service would throw it and answered by the problem mappers. Anonymous callers and ids that are not UUIDs pass
 * on to the usual 401 and 404.
 */
public class WriteGate {

    private final SecurityIdentity identity;

    public WriteGate(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ChecksAccessFirst(WriteCheck.class)
    @ServerRequestFilter
    public void checkBeforeReadingTheBody(ContainerRequestContext request, ResourceInfo resource) {
        ChecksAccessFirst rule = resource.getResourceMethod().getAnnotation(ChecksAccessFirst.class);
        if (rule == null || identity.isAnonymous()) {
            return;
        }
        UUID id = uuid(request.getUriInfo().getPathParameters().getFirst(rule.id()));
        if (id != null) {
            Arc.container().instance(rule.value()).get().checkWritable(id);
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
