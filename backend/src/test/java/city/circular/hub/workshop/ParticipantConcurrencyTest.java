package city.circular.hub.workshop;

import static city.circular.hub.support.Api.as;
import static city.circular.hub.workshop.WorkshopFixtures.EDITOR;
import static city.circular.hub.workshop.WorkshopFixtures.createStakeholder;
import static city.circular.hub.workshop.WorkshopFixtures.createWorkshop;
import static org.junit.jupiter.api.Assertions.assertEquals;

import city.circular.hub.support.Organizations;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Registrations that arrive at the same moment never take more seats than the workshop has. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ParticipantConcurrencyTest {

    @Inject
    Organizations organizations;

    @Test
    void concurrentRegistrationsNeverExceedTheCapacity() throws Exception {
        organizations.id(Organizations.MUSTERSTADT);
        int capacity = 5;
        int registrations = 16;
        for (int round = 0; round < 3; round++) {
            String workshop = createWorkshop("Ansturm " + round, capacity);
            List<String> stakeholders = new ArrayList<>();
            for (int i = 0; i < registrations; i++) {
                stakeholders.add(createStakeholder(EDITOR, "Andrang " + i + " " + UUID.randomUUID(), "BUSINESS"));
            }
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(registrations);
            List<Future<String>> results = new ArrayList<>();
            for (String stakeholder : stakeholders) {
                results.add(pool.submit(() -> {
                    start.await();
                    return as(EDITOR)
                            .body(Map.of("stakeholderId", stakeholder))
                            .post("/api/v1/workshops/{id}/participants", workshop)
                            .then()
                            .statusCode(201)
                            .extract()
                            .<String>path("status");
                }));
            }
            start.countDown();
            List<String> statuses = new ArrayList<>();
            for (Future<String> result : results) {
                statuses.add(result.get());
            }
            pool.shutdown();

            assertEquals(
                    capacity, statuses.stream().filter("REGISTERED"::equals).count(), statuses.toString());
            assertEquals(
                    registrations - capacity,
                    statuses.stream().filter("WAITLIST"::equals).count(),
                    statuses.toString());
            Map<String, Object> counts = as(EDITOR)
                    .get("/api/v1/workshops/{id}/participants", workshop)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("counts");
            assertEquals(capacity, counts.get("registered"));
            assertEquals(registrations - capacity, counts.get("waitlist"));
        }
    }
}
