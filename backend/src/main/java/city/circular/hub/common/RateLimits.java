package city.circular.hub.common;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Per-caller rate limits (a token bucket per token subject: people and sync clients alike) and a cap on a caller's
 * requests running at once, checked after the token and before the request body is read or validated, so one
 * caller's burst costs the others little: the bucket bounds how many requests a caller sends, the cap how many
 * workers and connections its slow ones (exports, bulk writes) hold. A refused request answers 429 problem+json with
 * {@code Retry-After}; every answer carries {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset}. Limits hold per API replica.
 */
@ApplicationScoped
public class RateLimits {

    private static final String REMAINING = RateLimits.class.getName() + ".remaining";

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
    private final SecurityIdentity identity;
    private final int burst;
    private final double perSecond;
    private final int concurrent;

    public RateLimits(
            SecurityIdentity identity,
            @ConfigProperty(name = "cch.rate-limit.burst") int burst,
            @ConfigProperty(name = "cch.rate-limit.per-second") double perSecond,
            @ConfigProperty(name = "cch.rate-limit.concurrent") int concurrent) {
        this.identity = identity;
        this.burst = burst;
        this.perSecond = perSecond;
        this.concurrent = concurrent;
    }

    /** A bucket holding up to {@code burst} requests, refilled at {@code perSecond}. */
    static final class Bucket {
        private double tokens;
        private long updatedNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedNanos = now;
        }

        /** Takes one request; returns the tokens left, or minus the seconds until one is free. */
        synchronized double take(long now, int burst, double perSecond) {
            tokens = Math.min(burst, tokens + (now - updatedNanos) / 1e9 * perSecond);
            updatedNanos = now;
            if (tokens >= 1) {
                tokens -= 1;
                return tokens;
            }
            return -((1 - tokens) / perSecond);
        }

        synchronized boolean idleSince(long before) {
            return updatedNanos < before;
        }
    }

    // Before the other filters (the Idempotency-Key reads the body): a refused request costs next to nothing.
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Optional<jakarta.ws.rs.core.Response> limit(ContainerRequestContext request, RoutingContext routing) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        String caller = token.getSubject() != null ? token.getSubject() : token.getName();
        AtomicInteger runningOfCaller = running.computeIfAbsent(caller, c -> new AtomicInteger());
        if (runningOfCaller.incrementAndGet() > concurrent) {
            runningOfCaller.decrementAndGet();
            return Optional.of(refused(
                    request,
                    1,
                    "You have more than " + concurrent + " requests running at once. Wait for one to finish."));
        }
        long now = System.nanoTime();
        double left =
                buckets.computeIfAbsent(caller, c -> new Bucket(burst, now)).take(now, burst, perSecond);
        if (left < 0) {
            runningOfCaller.decrementAndGet();
            long retryAfter = Math.max(1, (long) Math.ceil(-left));
            return Optional.of(refused(
                    request,
                    retryAfter,
                    "You sent more than " + burst + " requests in a short time (" + perSecond
                            + " a second on average are allowed). Retry after " + retryAfter + " seconds."));
        }
        // Called when the response is sent, fails or the connection closes: the slot is always given back.
        routing.addEndHandler(done -> runningOfCaller.decrementAndGet());
        request.setProperty(REMAINING, (int) Math.floor(left));
        return Optional.empty();
    }

    private jakarta.ws.rs.core.Response refused(ContainerRequestContext request, long retryAfter, String detail) {
        return jakarta.ws.rs.core.Response.fromResponse(ProblemMappers.problem(
                        ProblemType.TOO_MANY_REQUESTS,
                        429,
                        detail,
                        request.getUriInfo().getRequestUri().getRawPath(),
                        List.of()))
                .header(HttpHeaders.RETRY_AFTER, retryAfter)
                .header("RateLimit-Limit", burst)
                .header("RateLimit-Remaining", 0)
                .header("RateLimit-Reset", retryAfter)
                .build();
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(REMAINING) instanceof Integer remaining) {
            response.getHeaders().putSingle("RateLimit-Limit", burst);
            response.getHeaders().putSingle("RateLimit-Remaining", remaining);
            response.getHeaders().putSingle("RateLimit-Reset", (long) Math.ceil((burst - remaining) / perSecond));
        }
    }

    /** Forgets callers idle for ten minutes, so the map stays as small as the set of active callers. */
    @Scheduled(every = "5m", delayed = "5m")
    void forgetIdle() {
        long before = System.nanoTime() - 600_000_000_000L;
        buckets.values().removeIf(bucket -> bucket.idleSince(before));
        running.values().removeIf(count -> count.get() <= 0);
    }
}
