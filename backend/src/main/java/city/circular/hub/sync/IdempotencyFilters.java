package city.circular.hub.sync;

import city.circular.hub.common.FieldError;
import city.circular.hub.common.ProblemMappers;
import city.circular.hub.common.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Idempotency-Key on POST (draft-ietf-httpapi-idempotency-key-header): the first answer is kept per caller and key for
 * 24 hours. A retry with the same key and body gets that answer again (marked {@code Idempotent-Replayed: true}); the
 * same key with another body answers 422; a retry while the first request still runs answers 409. Answers of 5xx are
 * not kept, so a retry after a server failure runs again.
 */
public class IdempotencyFilters {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

    /** What this request does with its key: nothing, owns it (and stores the answer), or replays. */
    @RequestScoped
    public static class Claim {
        String caller;
        String key;
    }

    private final Claim claim;
    private final IdempotencyKeys keys;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public IdempotencyFilters(Claim claim, IdempotencyKeys keys, SecurityIdentity identity, ObjectMapper json) {
        this.claim = claim;
        this.keys = keys;
        this.identity = identity;
        this.json = json;
    }

    @ServerRequestFilter
    public Optional<Response> claimKey(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod())) {
            return Optional.empty();
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!KEY.matcher(key).matches()) {
            return Optional.of(ProblemMappers.problem(
                    ProblemType.VALIDATION,
                    400,
                    "The Idempotency-Key header must be 1 to 200 visible ASCII characters.",
                    path,
                    List.of(new FieldError(HEADER, "must be 1 to 200 visible ASCII characters"))));
        }
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty(); // the resource answers 401
        }
        String caller = token.getSubject() != null ? token.getSubject() : token.getName();
        String hash = hash(request, path);
        if (keys.claim(caller, key, hash)) {
            claim.caller = caller;
            claim.key = key;
            return Optional.empty();
        }
        IdempotencyKeys.Stored stored = keys.find(caller, key).orElse(null);
        if (stored == null) {
            // Released by a failed first request between our two statements: the caller may simply retry.
            return Optional.of(inFlight(path));
        }
        if (!stored.done()) {
            if (stored.lockedUntil() != null
                    && stored.lockedUntil().isBefore(Instant.now())
                    && stored.requestHash().equals(hash)
                    && keys.takeOver(caller, key)) {
                claim.caller = caller;
                claim.key = key;
                return Optional.empty();
            }
            return Optional.of(inFlight(path));
        }
        if (!stored.requestHash().equals(hash)) {
            return Optional.of(ProblemMappers.problem(
                    ProblemType.RULE_VIOLATION,
                    422,
                    "This Idempotency-Key was used for a different request (another address or body) in the last 24 "
                            + "hours. Use a new key for a new request.",
                    path,
                    List.of(new FieldError(HEADER, "was used for a different request"))));
        }
        Response.ResponseBuilder replay =
                Response.status(stored.status()).header(REPLAYED, "true").header(HEADER, key);
        if (stored.body() != null) {
            replay.entity(stored.body()).type(stored.contentType());
        }
        if (stored.location() != null) {
            replay.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            replay.header(HttpHeaders.ETAG, stored.etag());
        }
        return Optional.of(replay.build());
    }

    @ServerResponseFilter
    public void keepAnswer(ContainerResponseContext response) {
        if (claim.key == null) {
            return;
        }
        String caller = claim.caller;
        String key = claim.key;
        claim.key = null;
        if (response.getStatus() >= 500) {
            keys.release(caller, key);
            return;
        }
        MediaType type = response.getMediaType();
        keys.complete(
                caller,
                key,
                response.getStatus(),
                type == null ? MediaType.APPLICATION_JSON : type.toString(),
                body(response.getEntity()),
                response.getHeaderString(HttpHeaders.LOCATION),
                response.getHeaderString(HttpHeaders.ETAG));
    }

    @Scheduled(every = "1h", delayed = "10m")
    void purgeExpired() {
        keys.purgeExpired();
    }

    private String body(Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof String text) {
            return text;
        }
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the answer could not be kept for Idempotency-Key replays", e);
        }
    }

    /** The request's identity for the key: method, address with query, and body. */
    private static String hash(ContainerRequestContext request, String path) {
        byte[] body;
        try {
            body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String query = request.getUriInfo().getRequestUri().getRawQuery();
            digest.update((request.getMethod() + " " + path + "?" + (query == null ? "" : query) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response inFlight(String path) {
        return ProblemMappers.problem(
                ProblemType.CONFLICT,
                409,
                "A request with this Idempotency-Key is still being processed. Retry after it has finished.",
                path,
                List.of());
    }
}
