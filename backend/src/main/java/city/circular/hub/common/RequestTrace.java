package city.circular.hub.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The id of the current request: the caller's {@code X-Request-Id} when it is a sensible token, else a new one. It is
 * echoed in the response and written into every change record the request causes, so an audit entry leads back to
 * the request (and a client's logs).
 */
@RequestScoped
public class RequestTrace {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private String id;

    public String id() {
        if (id == null) {
            id = UUID.randomUUID().toString();
        }
        return id;
    }

    void take(String given) {
        if (given != null && ACCEPTED.matcher(given).matches()) {
            id = given;
        }
    }

    /** Takes the caller's id in and gives the request's id back. */
    public static class Filters {

        private final RequestTrace trace;

        public Filters(RequestTrace trace) {
            this.trace = trace;
        }

        @ServerRequestFilter(preMatching = true)
        public void take(ContainerRequestContext request) {
            trace.take(request.getHeaderString(HEADER));
        }

        @ServerResponseFilter
        public void echo(ContainerResponseContext response) {
            response.getHeaders().putSingle(HEADER, trace.id());
        }
    }
}
