package city.circular.hub.workshop;

import static city.circular.hub.support.Api.as;
import static city.circular.hub.workshop.WorkshopFixtures.EDITOR;
import static city.circular.hub.workshop.WorkshopFixtures.createStakeholder;
import static city.circular.hub.workshop.WorkshopFixtures.createWorkshop;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import city.circular.hub.support.Organizations;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * A stakeholder deleted while it joins a workshop leaves the workshop as if removed from it: the deletion locks the
 * stakeholder first, so it waits for the participant being added and then frees its seat for the waitlist.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class StakeholderDeletionConcurrencyTest {

    @Inject
    Organizations organizations;

    @Inject
    EntityManager em;

    @Test
    void aStakeholderDeletedWhileJoiningAWorkshopFreesItsSeat() throws Exception {
        organizations.id(Organizations.MUSTERSTADT);
        String workshop = createWorkshop("Nachrücken " + UUID.randomUUID(), 1);
        String joining = createStakeholder(EDITOR, "Tritt bei " + UUID.randomUUID(), "BUSINESS");
        String waiting = createStakeholder(EDITOR, "Wartet " + UUID.randomUUID(), "CIVIL_SOCIETY");
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // The seat and the waitlist place are taken in a transaction that stays open, as a registration's does.
            Future<?> registrations =
                    pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                        em.persist(participant(workshop, joining, ParticipantStatus.REGISTERED));
                        em.persist(participant(workshop, waiting, ParticipantStatus.WAITLIST));
                        em.flush();
                        inserted.countDown();
                        try {
                            assertTrue(release.await(10, TimeUnit.SECONDS));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        }
                    }));
            assertTrue(inserted.await(10, TimeUnit.SECONDS));
            Future<Integer> deletion = pool.submit(() -> as(EDITOR)
                    .header("If-Match", "\"0\"")
                    .delete("/api/v1/stakeholders/{id}", joining)
                    .then()
                    .extract()
                    .statusCode());
            assertThrows(TimeoutException.class, () -> deletion.get(2, TimeUnit.SECONDS));
            release.countDown();
            registrations.get(10, TimeUnit.SECONDS);
            assertEquals(204, deletion.get(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }

        as(EDITOR)
                .get("/api/v1/workshops/{id}/participants", workshop)
                .then()
                .statusCode(200)
                .body("items.stakeholder.id", equalTo(List.of(waiting)))
                .body("items.status", equalTo(List.of("REGISTERED")));
        Map<String, Object> counts = as(EDITOR)
                .get("/api/v1/workshops/{id}/participants", workshop)
                .then()
                .extract()
                .path("counts");
        assertEquals(1, counts.get("registered"));
        assertEquals(0, counts.get("waitlist"));
    }

    private static Participant participant(String workshop, String stakeholder, ParticipantStatus status) {
        Participant participant = new Participant();
        participant.created("test");
        participant.workshopId = UUID.fromString(workshop);
        participant.stakeholderId = UUID.fromString(stakeholder);
        participant.moveTo(status);
        return participant;
    }
}
