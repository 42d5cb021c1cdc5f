package city.circular.hub.sync;

import city.circular.hub.common.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored first answers to POSTs with an Idempotency-Key. Each call is its own short transaction. */
@ApplicationScoped
public class IdempotencyKeys {

    static final Duration KEPT = Duration.ofHours(24);
    static final Duration IN_FLIGHT_LEASE = Duration.ofMinutes(2);

    private final EntityManager entityManager;

    public IdempotencyKeys(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record Stored(
            String requestHash,
            boolean done,
            Instant lockedUntil,
            Integer status,
            String contentType,
            String body,
            String location,
            String etag,
            Instant createdAt) {}

    /** Claims the key for a first request; false when the caller already used it (then see {@link #find}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String caller, String key, String hash) {
        Instant now = Instant.now();
        // A key older than the retention window is free again.
        entityManager
                .createNativeQuery("delete from idempotency_key where caller = :caller and idempotency_key = :key"
                        + " and created_at < :expired")
                .setParameter("caller", caller)
                .setParameter("key", key)
                .setParameter("expired", now.minus(KEPT))
                .executeUpdate();
        return entityManager
                        .createNativeQuery("""
                                insert into idempotency_key (caller, idempotency_key, request_hash, state, locked_until,
                                                             created_at)
                                values (:caller, :key, :hash, 'IN_FLIGHT', :lockedUntil, :now)
                                on conflict do nothing""")
                        .setParameter("caller", caller)
                        .setParameter("key", key)
                        .setParameter("hash", hash)
                        .setParameter("lockedUntil", now.plus(IN_FLIGHT_LEASE))
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Stored> find(String caller, String key) {
        List<?> rows = entityManager
                .createNativeQuery("select request_hash, state, locked_until, status, content_type, body, location,"
                        + " etag, created_at from idempotency_key where caller = :caller and idempotency_key = :key")
                .setParameter("caller", caller)
                .setParameter("key", key)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] v = (Object[]) row;
            return new Stored(
                    (String) v[0],
                    "DONE".equals(v[1]),
                    SqlValues.instant(v[2]),
                    v[3] == null ? null : ((Number) v[3]).intValue(),
                    (String) v[4],
                    (String) v[5],
                    (String) v[6],
                    (String) v[7],
                    SqlValues.instant(v[8]));
        });
    }

    /** Takes over a key whose first request stopped without an answer (its lease ran out). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean takeOver(String caller, String key) {
        Instant now = Instant.now();
        return entityManager
                        .createNativeQuery("update idempotency_key set locked_until = :until"
                                + " where caller = :caller and idempotency_key = :key and state = 'IN_FLIGHT'"
                                + " and locked_until < :now")
                        .setParameter("until", now.plus(IN_FLIGHT_LEASE))
                        .setParameter("caller", caller)
                        .setParameter("key", key)
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(
            String caller, String key, int status, String contentType, String body, String location, String etag) {
        entityManager
                .createNativeQuery("""
                        update idempotency_key set state = 'DONE', locked_until = null, status = :status,
                            content_type = :type, body = :body, location = :location, etag = :etag
                        where caller = :caller and idempotency_key = :key""")
                .setParameter("status", status)
                .setParameter("type", contentType)
                .setParameter("body", body)
                .setParameter("location", location)
                .setParameter("etag", etag)
                .setParameter("caller", caller)
                .setParameter("key", key)
                .executeUpdate();
    }

    /** Forgets a key whose request failed on the server's side, so that a retry runs again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String caller, String key) {
        entityManager
                .createNativeQuery("delete from idempotency_key where caller = :caller and idempotency_key = :key")
                .setParameter("caller", caller)
                .setParameter("key", key)
                .executeUpdate();
    }

    @Transactional
    public int purgeExpired() {
        return entityManager
                .createNativeQuery("delete from idempotency_key where created_at < :expired")
                .setParameter("expired", Instant.now().minus(KEPT))
                .executeUpdate();
    }
}
