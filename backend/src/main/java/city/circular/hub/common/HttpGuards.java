package city.circular.hub.common;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Requests the HTTP layer would refuse with an empty body, refused here first with problem+json: a request line
 * longer than {@link #MAX_URI} (414), headers larger than {@link #MAX_HEADERS} (431), a malformed percent-encoding
 * (400), and a body without Content-Type (415; it is never guessed to be JSON). The server's own limits
 * ({@code quarkus.http.limits}) are set above these, so that the answer is always this one. Quarkus's own check
 * of the URI, which answers an empty 400, is switched off by {@link city.circular.hub.Main} (and the test JVM's
 * {@code vertx.disableURIValidation}), so that an unparsable URI is refused here too. Every answer gets the
 * security headers of {@link #secure}.
 */
@ApplicationScoped
public class HttpGuards {

    public static final int MAX_URI = 4096;
    public static final int MAX_HEADERS = 16 * 1024;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        ctx.addHeadersEndHandler(v -> secure(ctx));
        String uri = request.uri();
        if (uri.length() > MAX_URI) {
            reject(ctx, ProblemType.URI_TOO_LONG, "The request URI is longer than " + MAX_URI + " characters.");
            return;
        }
        int headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > MAX_HEADERS) {
            reject(
                    ctx,
                    ProblemType.HEADERS_TOO_LARGE,
                    "The request headers are larger than " + MAX_HEADERS + " bytes.");
            return;
        }
        try {
            new URI(uri);
            QueryStringDecoder decoder = new QueryStringDecoder(uri, StandardCharsets.UTF_8);
            decoder.parameters();
            QueryStringDecoder.decodeComponent(decoder.rawPath(), StandardCharsets.UTF_8);
        } catch (URISyntaxException | IllegalArgumentException e) {
            reject(ctx, ProblemType.MALFORMED_REQUEST, "The request URI has a malformed percent-encoding.");
            return;
        }
        if (hasBody(request) && request.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            reject(
                    ctx,
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "The request has a body but no Content-Type; send Content-Type: application/json.");
            return;
        }
        ctx.next();
    }

    /**
     * On every answer: no content sniffing. On every API answer: not stored by browsers or proxies, as they hold
     * personal data ({@code /me}, contacts) or an organisation's work (records, exports) for one caller only;
     * only reference data that says otherwise (the SDGs) may be kept.
     */
    private static void secure(RoutingContext ctx) {
        var headers = ctx.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        if (ctx.request().path().startsWith("/api/") && !headers.contains(HttpHeaders.CACHE_CONTROL)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.trim().equals("0");
        }
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    /** Answers with a problem before any resource runs; the connection closes, as the body may be unread. */
    static void reject(RoutingContext ctx, ProblemType type, String detail) {
        int status = type.status;
        Problem problem = new Problem(type.uri, type.title(status), status, detail, pathOf(ctx), List.of());
        ctx.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Json.encode(problem));
    }

    private static String pathOf(RoutingContext ctx) {
        String uri = ctx.request().uri();
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        return path.length() > 200 ? path.substring(0, 200) : path;
    }
}
