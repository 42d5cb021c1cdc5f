package city.circular.hub.webhook;

import city.circular.hub.change.ChangeFeed;
import city.circular.hub.change.ChangePosition;
import city.circular.hub.change.ChangeRepository;
import city.circular.hub.change.ChangeView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Delivers each active subscription's changes in order, at least once. A run claims due subscriptions for a short
 * lease (so replicas never deliver one subscription at the same time), reads the next changes after the
 * subscription's delivered position, and posts them one by one outside any transaction; the position moves on only
 * after the endpoint answered 2xx. A failure holds the subscription's queue and retries with exponential backoff and
 * jitter; after {@code give-up-after} of failures the subscription is disabled with the reason.
 */
@ApplicationScoped
public class WebhookDispatcher {

    static final int BATCH = 50;
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final WebhookRepository subscriptions;
    private final ChangeFeed changes;
    private final WebhookSender sender;
    private final WebhookService service;
    private final Duration retryBase;
    private final Duration retryMax;
    private final Duration giveUpAfter;

    public WebhookDispatcher(
            WebhookRepository subscriptions,
            ChangeFeed changes,
            WebhookSender sender,
            WebhookService service,
            @ConfigProperty(name = "cch.webhooks.retry-base") Duration retryBase,
            @ConfigProperty(name = "cch.webhooks.retry-max") Duration retryMax,
            @ConfigProperty(name = "cch.webhooks.give-up-after") Duration giveUpAfter) {
        this.subscriptions = subscriptions;
        this.changes = changes;
        this.sender = sender;
        this.service = service;
        this.retryBase = retryBase;
        this.retryMax = retryMax;
        this.giveUpAfter = giveUpAfter;
    }

    @Scheduled(
            every = "{cch.webhooks.poll-interval}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.warn("Webhook delivery run failed; the next run retries", e);
        }
    }

    /** One delivery run; returns how many messages were delivered. */
    public int deliverDue() {
        String lease = UUID.randomUUID().toString();
        List<UUID> claimed = QuarkusTransaction.requiringNew()
                .call(() -> subscriptions.claimDue(lease, Instant.now().plus(LEASE), 10));
        int delivered = 0;
        for (UUID id : claimed) {
            try {
                delivered += deliver(id, lease);
            } finally {
                QuarkusTransaction.requiringNew().run(() -> subscriptions.release(id, lease));
            }
        }
        return delivered;
    }

    private record Pending(String url, List<String> secrets, int failedAttempts, List<ChangeRepository.FeedRow> rows) {}

    private int deliver(UUID id, String lease) {
        Pending pending = QuarkusTransaction.requiringNew().call(() -> {
            WebhookSubscription s = subscriptions.findById(id);
            ChangePosition after = subscriptions.delivered(id);
            List<ChangeRepository.FeedRow> rows = changes.readBy(s.organizationId, after, List.of(s.eventTypes), BATCH);
            return new Pending(s.url, WebhookService.secretsOf(s), s.failedAttempts, rows);
        });
        int delivered = 0;
        int failedBefore = pending.failedAttempts();
        for (ChangeRepository.FeedRow row : pending.rows()) {
            ChangeView change = ChangeFeed.toView(row);
            ChangePosition position = row.change().position();
            String messageId = "msg_" + position.transaction() + "_" + position.sequence();
            String body = WebhookMessages.change(change);
            int attempt = failedBefore + 1;
            WebhookSender.Outcome outcome = sender.send(pending.url(), pending.secrets(), messageId, body);
            boolean moved = QuarkusTransaction.requiringNew().call(() -> {
                service.log(id, messageId, WebhookMessages.eventType(change), body, attempt, outcome, false);
                if (outcome.succeeded()) {
                    return subscriptions.advance(id, lease, position);
                }
                failed(id, outcome);
                return false;
            });
            if (!moved) {
                break;
            }
            delivered++;
            failedBefore = 0;
        }
        return delivered;
    }

    private void failed(UUID id, WebhookSender.Outcome outcome) {
        WebhookSubscription s = subscriptions.findById(id);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (s.failingSince == null) {
            s.failingSince = now;
        }
        s.failedAttempts++;
        String answer = outcome.statusCode() != null ? "HTTP " + outcome.statusCode() : outcome.error();
        if (s.failingSince.plus(giveUpAfter).isBefore(now)) {
            s.status = WebhookStatus.DISABLED;
            s.disabledReason = "Disabled after failing since " + s.failingSince + " (" + s.failedAttempts
                    + " attempts, last: " + answer + "). Fix the endpoint, then set the webhook ACTIVE again: it "
                    + "resumes where it stopped.";
            s.nextAttemptAt = null;
            LOG.warnf("Webhook %s of organization %s disabled: %s", s.id, s.organizationId, s.disabledReason);
        } else {
            s.nextAttemptAt = now.plus(backoff(s.failedAttempts));
        }
    }

    /** Exponential backoff with full jitter between half and one and a half of the step, capped. */
    Duration backoff(int attempts) {
        long base = retryBase.toMillis();
        long step = base << Math.min(attempts - 1, 30);
        long capped = Math.min(step <= 0 ? Long.MAX_VALUE : step, retryMax.toMillis());
        double jitter = 0.5 + ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis((long) (capped * jitter));
    }
}
