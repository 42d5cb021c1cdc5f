package city.circular.hub.strategy;

import static city.circular.hub.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import city.circular.hub.support.Api;
import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Editors who read the same version and save at the same moment: exactly one wins, the others get 412. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ConcurrentUpdateTest {

    @Inject
    Organizations organizations;

    @Test
    void concurrentEditsNeverSilentlyOverwriteEachOther() throws Exception {
        organizations.id(Organizations.MUSTERSTADT);
        String editor = Tokens.member("musterstadt", "editor");
        int writers = 8;
        for (int round = 0; round < 5; round++) {
            String id = Api.createStrategy(editor, Map.of("title", "Race " + round));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<Integer>> results = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String title = "Writer " + w;
                results.add(pool.submit(() -> {
                    start.await();
                    return as(editor)
                            .header("If-Match", "\"0\"")
                            .body(Map.of("title", title))
                            .put("/api/v1/strategies/{id}", id)
                            .then()
                            .extract()
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            pool.shutdown();

            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "one winner in " + statuses);
            assertEquals(writers - 1, statuses.stream().filter(s -> s == 412).count(), "412 for the rest: " + statuses);
            Map<String, Object> stored = Api.getStrategy(editor, id).extract().as(Map.class);
            assertEquals(1, stored.get("version"));
            assertTrue(stored.get("title").toString().startsWith("Writer "));
        }
    }
}
