package city.circular.hub.webhook;

import city.circular.hub.change.ChangeFeed;
import city.circular.hub.change.ChangeTypes;
import city.circular.hub.common.ApiException;
import city.circular.hub.common.AuditedRecord;
import city.circular.hub.common.FieldError;
import city.circular.hub.common.ProblemType;
import city.circular.hub.common.Role;
import city.circular.hub.common.Versions;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.organization.WriteCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Organization admins manage their webhook subscriptions: create, change, rotate the secret, ping, redeliver. */
@ApplicationScoped
public class WebhookService implements WriteCheck {

    static final Duration ROTATION_OVERLAP = Duration.ofHours(24);
    private static final String WHAT = "Webhook";

    private final WebhookRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final ChangeFeed changes;
    private final AccessPolicy policy;
    private final AddressGuard guard;
    private final WebhookSender sender;

    public WebhookService(
            WebhookRepository subscriptions,
            DeliveryRepository deliveries,
            ChangeFeed changes,
            AccessPolicy policy,
            AddressGuard guard,
            WebhookSender sender) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.changes = changes;
        this.policy = policy;
        this.guard = guard;
        this.sender = sender;
    }

    @Override
    public void checkWritable(UUID id) {
        administered(id);
    }

    @Transactional
    public List<WebhookView> list(UUID organizationId) {
        UUID organization = organizationId != null ? organizationId : onlyAdministered();
        policy.administers(organization, "webhooks");
        return subscriptions.ofOrganization(organization).stream()
                .map(s -> WebhookView.of(s, false))
                .toList();
    }

    @Transactional
    public WebhookView get(UUID id) {
        return WebhookView.of(administered(id), false);
    }

    /** A new subscription receives the changes made from now on; the answer carries its secret, once. */
    @Transactional
    public WebhookView create(WebhookInput input) {
        UUID organization = input.organizationId() != null ? input.organizationId() : onlyAdministered();
        policy.administers(organization, "webhooks");
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.created(policy.caller().username());
        subscription.organizationId = organization;
        subscription.secret = WebhookSigner.newSecret();
        apply(subscription, input);
        subscriptions.persist(subscription);
        subscriptions.flush();
        subscriptions.startAt(subscription.id, changes.head());
        return WebhookView.of(subscription, true);
    }

    @Transactional
    public WebhookView update(UUID id, String ifMatch, WebhookInput input) {
        WebhookSubscription subscription = administered(id);
        Versions.requireMatch(ifMatch, subscription.version);
        if (input.organizationId() != null && !input.organizationId().equals(subscription.organizationId)) {
            throw ApiException.rule("A webhook stays with its organization.", "organizationId", "cannot change");
        }
        boolean enabling = subscription.status == WebhookStatus.DISABLED && input.status() == WebhookStatus.ACTIVE;
        apply(subscription, input);
        if (enabling) {
            // Catches up from where it stopped, with a fresh retry budget.
            subscription.disabledReason = null;
            subscription.failingSince = null;
            subscription.failedAttempts = 0;
            subscription.nextAttemptAt = null;
        }
        subscription.touched(policy.caller().username());
        subscriptions.flush();
        return WebhookView.of(subscription, false);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        WebhookSubscription subscription = administered(id);
        Versions.requireMatch(ifMatch, subscription.version);
        subscriptions.delete(subscription);
    }

    /** A new secret signs from now on; the previous one signs too for a day, so receivers can switch over. */
    @Transactional
    public WebhookView rotateSecret(UUID id, String ifMatch) {
        WebhookSubscription subscription = administered(id);
        Versions.requireMatch(ifMatch, subscription.version);
        subscription.previousSecret = subscription.secret;
        subscription.previousSecretUntil = AuditedRecord.now().plus(ROTATION_OVERLAP);
        subscription.secret = WebhookSigner.newSecret();
        subscription.touched(policy.caller().username());
        subscriptions.flush();
        return WebhookView.of(subscription, true);
    }

    @Transactional
    public List<DeliveryView> deliveries(UUID id, int limit) {
        administered(id);
        return deliveries.latest(id, limit).stream().map(DeliveryView::of).toList();
    }

    /** Sends a webhook.ping message now and answers with the attempt. */
    @Transactional
    public DeliveryView ping(UUID id) {
        WebhookSubscription subscription = administered(id);
        String messageId = "msg_ping_" + UUID.randomUUID();
        String body = WebhookMessages.ping(subscription.id, AuditedRecord.now());
        return DeliveryView.of(record(subscription, messageId, "webhook.ping", body, 1, true));
    }

    /** Sends a logged message again now, as it was (same webhook-id, so receivers can tell a repeat). */
    @Transactional
    public DeliveryView redeliver(UUID id, UUID deliveryId) {
        WebhookSubscription subscription = administered(id);
        WebhookDelivery earlier = deliveries
                .findByIdOptional(deliveryId)
                .filter(d -> d.subscriptionId.equals(subscription.id))
                .orElseThrow(() -> ApiException.notFound("Delivery"));
        return DeliveryView.of(
                record(subscription, earlier.messageId, earlier.eventType, earlier.payload, earlier.attempt + 1, true));
    }

    /** Sends one message now and logs the attempt. */
    private WebhookDelivery record(
            WebhookSubscription subscription,
            String messageId,
            String eventType,
            String body,
            int attempt,
            boolean manual) {
        WebhookSender.Outcome outcome = sender.send(subscription.url, secretsOf(subscription), messageId, body);
        return log(subscription.id, messageId, eventType, body, attempt, outcome, manual);
    }

    /** Logs an attempt in the delivery log. */
    WebhookDelivery log(
            UUID subscriptionId,
            String messageId,
            String eventType,
            String body,
            int attempt,
            WebhookSender.Outcome outcome,
            boolean manual) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = UUID.randomUUID();
        delivery.subscriptionId = subscriptionId;
        delivery.messageId = messageId;
        delivery.eventType = eventType;
        delivery.payload = body;
        delivery.attempt = attempt;
        delivery.attemptedAt = AuditedRecord.now();
        delivery.durationMs = outcome.durationMs();
        delivery.statusCode = outcome.statusCode();
        delivery.error = outcome.error() == null ? null : truncate(outcome.error(), 500);
        delivery.succeeded = outcome.succeeded();
        delivery.manual = manual;
        deliveries.persist(delivery);
        return delivery;
    }

    static List<String> secretsOf(WebhookSubscription subscription) {
        List<String> secrets = new ArrayList<>(List.of(subscription.secret));
        if (subscription.previousSecret != null
                && subscription.previousSecretUntil != null
                && subscription.previousSecretUntil.isAfter(Instant.now())) {
            secrets.add(subscription.previousSecret);
        }
        return secrets;
    }

    private void apply(WebhookSubscription subscription, WebhookInput input) {
        guard.check(input.url().trim(), "url");
        List<String> types = input.eventTypes() == null ? List.of() : input.eventTypes();
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            if (!ChangeTypes.ALL.contains(types.get(i))) {
                unknown.add(new FieldError("eventTypes[" + i + "]", "is not a change type; known: " + ChangeTypes.ALL));
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.invalid(unknown);
        }
        subscription.url = input.url().trim();
        subscription.description = input.description();
        subscription.eventTypes = types.stream().distinct().toArray(String[]::new);
        subscription.status = input.status() == null ? WebhookStatus.ACTIVE : input.status();
        if (subscription.status == WebhookStatus.DISABLED && subscription.disabledReason == null) {
            subscription.disabledReason = "Disabled by " + policy.caller().username() + ".";
        }
    }

    private WebhookSubscription administered(UUID id) {
        WebhookSubscription subscription =
                subscriptions.findByIdOptional(id).orElseThrow(() -> ApiException.notFound(WHAT));
        Role role = policy.caller().memberships().get(subscription.organizationId);
        if (role == null) {
            throw ApiException.notFound(WHAT);
        }
        policy.administers(subscription.organizationId, "webhooks");
        return subscription;
    }

    private UUID onlyAdministered() {
        List<UUID> administered = policy.caller().memberships().entrySet().stream()
                .filter(e -> e.getValue() == Role.ADMIN)
                .map(Map.Entry::getKey)
                .toList();
        if (administered.size() == 1) {
            return administered.getFirst();
        }
        if (administered.isEmpty()) {
            throw new ApiException(ProblemType.FORBIDDEN, "Only an organization's admins manage its webhooks.");
        }
        throw ApiException.invalid("organizationId", "is required: you administer more than one organization");
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
