package city.circular.hub.webhook;

import city.circular.hub.change.ChangePosition;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    public List<WebhookSubscription> ofOrganization(UUID organizationId) {
        return list("organizationId = ?1 order by createdAt, id", organizationId);
    }

    /**
     * Claims up to {@code limit} due subscriptions for a short lease. SKIP LOCKED lets replicas claim at the same
     * moment without waiting for or taking each other's.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> claimDue(String lease, Instant until, int limit) {
        return getEntityManager()
                .createNativeQuery("""
                        update webhook_subscription set lease_until = :until, leased_by = :lease
                        where id in (select id from webhook_subscription
                                     where status = 'ACTIVE' and (next_attempt_at is null or next_attempt_at <= now())
                                       and (lease_until is null or lease_until < now())
                                     order by next_attempt_at nulls first, id
                                     limit :limit for update skip locked)
                        returning id""", UUID.class)
                .setParameter("until", until)
                .setParameter("lease", lease)
                .setParameter("limit", limit)
                .getResultList();
    }

    public void release(UUID id, String lease) {
        getEntityManager()
                .createNativeQuery("update webhook_subscription set lease_until = null, leased_by = null"
                        + " where id = :id and leased_by = :lease")
                .setParameter("id", id)
                .setParameter("lease", lease)
                .executeUpdate();
    }

    public ChangePosition delivered(UUID id) {
        Object[] row = (Object[]) getEntityManager()
                .createNativeQuery("select delivered_tx::text, delivered_seq from webhook_subscription where id = :id")
                .setParameter("id", id)
                .getSingleResult();
        return ChangePosition.fromColumns(row[0], row[1]);
    }

    /** Moves the delivered position on, only while the lease is still this one's. */
    public boolean advance(UUID id, String lease, ChangePosition position) {
        return getEntityManager()
                        .createNativeQuery("""
                                update webhook_subscription set delivered_tx = cast(:tx as xid8), delivered_seq = :seq,
                                    failing_since = null, failed_attempts = 0, next_attempt_at = null
                                where id = :id and leased_by = :lease""")
                        .setParameter("tx", Long.toString(position.transaction()))
                        .setParameter("seq", position.sequence())
                        .setParameter("id", id)
                        .setParameter("lease", lease)
                        .executeUpdate()
                == 1;
    }

    public void startAt(UUID id, ChangePosition position) {
        getEntityManager()
                .createNativeQuery(
                        "update webhook_subscription set delivered_tx = cast(:tx as xid8), delivered_seq = :seq"
                                + " where id = :id")
                .setParameter("tx", Long.toString(position.transaction()))
                .setParameter("seq", position.sequence())
                .setParameter("id", id)
                .executeUpdate();
    }
}
