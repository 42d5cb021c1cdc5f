package city.circular.hub.webhook;

import city.circular.hub.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Posts one signed message to an endpoint: bounded in time, never following a redirect. */
@ApplicationScoped
public class WebhookSender {

    private final AddressGuard guard;
    private final HttpClient client;
    private final Duration timeout;

    public WebhookSender(AddressGuard guard, @ConfigProperty(name = "cch.webhooks.timeout") Duration timeout) {
        this.guard = guard;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public record Outcome(Integer statusCode, String error, int durationMs) {
        public boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    public Outcome send(String url, List<String> secrets, String messageId, String body) {
        long started = System.nanoTime();
        URI uri;
        try {
            uri = guard.check(url, "url");
        } catch (ApiException e) {
            return new Outcome(null, e.getMessage(), elapsed(started));
        }
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "CircularCityHub-Webhooks/1")
                .header("webhook-id", messageId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSigner.signatures(secrets, messageId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            String error = status >= 300 && status < 400 ? "redirects are not followed" : null;
            return new Outcome(status, error, elapsed(started));
        } catch (HttpTimeoutException e) {
            return new Outcome(null, "no answer within " + timeout.toSeconds() + " s", elapsed(started));
        } catch (IOException e) {
            return new Outcome(null, "connection failed: " + e.getClass().getSimpleName(), elapsed(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted", elapsed(started));
        }
    }

    private static int elapsed(long started) {
        return (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
