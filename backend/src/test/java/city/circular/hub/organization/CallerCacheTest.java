package city.circular.hub.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import city.circular.hub.common.Role;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The per-token cache of the caller's context: kept, dropped, never serving what a drop overtook. */
class CallerCacheTest {

    private static final Map<String, Role> EDITOR_OF_MUSTERSTADT = Map.of("musterstadt", Role.EDITOR);
    private static final UUID MUSTERSTADT = UUID.randomUUID();
    private static final UUID PEER = UUID.randomUUID();

    private final CallerCache cache = new CallerCache(Duration.ofMinutes(1), 100);
    private final AtomicInteger lookUps = new AtomicInteger();

    private Function<Map<String, Role>, CallerCache.Resolved> lookUp(Map<UUID, Role> memberships, Runnable during) {
        return slugs -> {
            lookUps.incrementAndGet();
            during.run();
            return new CallerCache.Resolved(0, memberships, Set.of(PEER));
        };
    }

    @Test
    void theSameMembershipsAreLookedUpOnceUntilTheyChange() {
        var lookUp = lookUp(Map.of(MUSTERSTADT, Role.EDITOR), () -> {});
        CallerCache.Resolved first = cache.get(EDITOR_OF_MUSTERSTADT, lookUp);
        assertSame(first, cache.get(Map.of("musterstadt", Role.EDITOR), lookUp));
        assertEquals(1, lookUps.get());
        assertEquals(Set.of(PEER), first.networkPeers());

        cache.changed(new MembershipsChanged("test"));
        cache.get(EDITOR_OF_MUSTERSTADT, lookUp);
        assertEquals(2, lookUps.get(), "looked up again after the change");
    }

    @Test
    void otherMembershipsAreAnEntryOfTheirOwn() {
        cache.get(EDITOR_OF_MUSTERSTADT, lookUp(Map.of(MUSTERSTADT, Role.EDITOR), () -> {}));
        cache.get(Map.of("musterstadt", Role.ADMIN), lookUp(Map.of(MUSTERSTADT, Role.ADMIN), () -> {}));
        assertEquals(2, lookUps.get());
        assertEquals(2, cache.size());
    }

    @Test
    void aLookUpOvertakenByAChangeIsNotServedAgain() {
        // The change commits while the look-up runs: what it read may be from before the change.
        cache.get(EDITOR_OF_MUSTERSTADT, lookUp(Map.of(MUSTERSTADT, Role.EDITOR), cache::invalidateAll));
        cache.get(EDITOR_OF_MUSTERSTADT, lookUp(Map.of(MUSTERSTADT, Role.EDITOR), () -> {}));
        assertEquals(2, lookUps.get());
        cache.get(EDITOR_OF_MUSTERSTADT, lookUp(Map.of(MUSTERSTADT, Role.EDITOR), () -> {}));
        assertEquals(2, lookUps.get(), "the second look-up is current and kept");
    }

    @Test
    void membershipsOfAnOrganizationNotYetCreatedAreNotKept() {
        Map<String, Role> twoSlugs = Map.of("musterstadt", Role.EDITOR, "noch-nicht", Role.ADMIN);
        var lookUp = lookUp(Map.of(MUSTERSTADT, Role.EDITOR), () -> {});
        cache.get(twoSlugs, lookUp);
        cache.get(twoSlugs, lookUp);
        assertEquals(2, lookUps.get(), "looked up on every request until the organization exists");
        assertEquals(0, cache.size());
    }

    @Test
    void entriesExpire() throws InterruptedException {
        CallerCache shortLived = new CallerCache(Duration.ofMillis(50), 100);
        var lookUp = lookUp(Map.of(MUSTERSTADT, Role.EDITOR), () -> {});
        shortLived.get(EDITOR_OF_MUSTERSTADT, lookUp);
        Thread.sleep(120);
        shortLived.get(EDITOR_OF_MUSTERSTADT, lookUp);
        assertEquals(2, lookUps.get());
    }
}
