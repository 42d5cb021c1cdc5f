package city.circular.hub.organization;

import city.circular.hub.common.Role;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What a token's memberships resolve to in the database (organization ids by role, network peers), kept for a short,
 * bounded time so that a read costs its own statements only. The key is the token's membership claims: every token
 * with the same groups resolves alike, so a token is resolved at most once per lifetime of an entry.
 *
 * <p>Dropped entirely when memberships change ({@link MembershipsChanged}, after the change commits). A generation
 * counter closes the race of a lookup that read the database before such a commit and stores its result after the
 * drop: entries of an older generation are never served. Invalidation is local to this instance; with several
 * instances the other ones catch up within the expiry.
 */
@ApplicationScoped
public class CallerCache {

    private static final Logger LOG = Logger.getLogger(CallerCache.class);

    record Resolved(long generation, Map<UUID, Role> memberships, Set<UUID> networkPeers) {}

    private final Cache<Map<String, Role>, Resolved> entries;
    private final AtomicLong generation = new AtomicLong();

    public CallerCache(
            @ConfigProperty(name = "cch.caller-cache.expire-after-write", defaultValue = "PT30S") Duration expiry,
            @ConfigProperty(name = "cch.caller-cache.maximum-size", defaultValue = "10000") long maximumSize) {
        this.entries = Caffeine.newBuilder()
                .expireAfterWrite(expiry)
                .maximumSize(maximumSize)
                .build();
    }

    /**
     * The resolution of the given memberships (slug to role), from the cache or from {@code resolve}. A resolution
     * in which a slug named no organization (yet) is not kept: creating that organization then needs no drop.
     */
    Resolved get(Map<String, Role> roleBySlug, Function<Map<String, Role>, Resolved> resolve) {
        long current = generation.get();
        Resolved cached = entries.getIfPresent(roleBySlug);
        if (cached != null && cached.generation() == current) {
            return cached;
        }
        Resolved fresh = resolve.apply(roleBySlug);
        Resolved tagged = new Resolved(current, fresh.memberships(), fresh.networkPeers());
        if (tagged.memberships().size() == roleBySlug.size()) {
            entries.put(roleBySlug, tagged);
        }
        return tagged;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MembershipsChanged event) {
        invalidateAll();
        LOG.debugf("caller contexts dropped: %s", event.why());
    }

    /** Drops every entry at once. */
    public void invalidateAll() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }

    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
