package city.circular.hub.common;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Graceful shutdown: requests in flight when the process is asked to stop (SIGTERM) finish within
 * {@code quarkus.shutdown.timeout}, while requests that arrive after it answer 503 problem+json with Retry-After at
 * once. Quarkus itself keeps accepting requests during the drain and closes the database pool once the count of
 * running requests first reaches zero, which would cut off a request that arrived meanwhile; here none gets that
 * far. Health and metrics ({@code /q/}) stay reachable. Checked by scripts/fault-postgres.sh under load.
 */
@ApplicationScoped
public class ShutdownGate {

    private static final Logger LOG = Logger.getLogger(ShutdownGate.class);

    private volatile boolean draining;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
        // Runs as soon as the JVM is asked to stop, beside Quarkus's own shutdown, which first waits for the
        // requests in flight.
        Runtime.getRuntime().addShutdownHook(new Thread(this::beginDrain, "cch-shutdown-gate"));
    }

    void beginDrain() {
        if (!draining) {
            draining = true;
            LOG.info("Shutting down: new requests answer 503 while those in flight finish");
        }
    }

    public boolean draining() {
        return draining;
    }

    private void check(RoutingContext ctx) {
        if (draining && !ctx.request().path().startsWith("/q/")) {
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ProblemMappers.RETRY_AFTER_SECONDS));
            HttpGuards.reject(
                    ctx, ProblemType.UNAVAILABLE, "The service is shutting down. Try again in a few seconds.");
            return;
        }
        ctx.next();
    }
}
