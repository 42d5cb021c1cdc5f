package city.circular.hub.fieldofaction;

import static city.circular.hub.fieldofaction.FieldOfActionResourceTest.EDITOR;
import static city.circular.hub.fieldofaction.FieldOfActionResourceTest.create;
import static city.circular.hub.fieldofaction.FieldOfActionResourceTest.field;
import static city.circular.hub.fieldofaction.FieldOfActionResourceTest.suffix;
import static city.circular.hub.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import city.circular.hub.stakeholder.Sector;
import city.circular.hub.stakeholder.Stakeholder;
import city.circular.hub.support.Organizations;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A field of action is never deleted while a record is being written with its code: the deletion and the writers'
 * check of the code lock the field's row, so one waits for the other. Each test holds one side open in a
 * transaction of its own and sends the other side as a request meanwhile.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class FieldOfActionConcurrencyTest {

    /** Long enough for a request that is not blocked to finish. */
    private static final long BLOCKED_SECONDS = 2;

    @Inject
    Organizations organizations;

    @Inject
    FieldOfActionService service;

    @Inject
    FieldOfActionRepository fields;

    @Inject
    EntityManager em;

    UUID musterstadt;
    ExecutorService pool;

    @BeforeEach
    void setUp() {
        musterstadt = organizations.id(Organizations.MUSTERSTADT);
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void aDeletionWaitsForARecordBeingWrittenWithTheCodeAndThenCountsIt() throws Exception {
        String code = "PENDING_" + suffix();
        String id = create(EDITOR, field(code, "In Arbeit"));
        CountDownLatch checked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> writer = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            service.requireUsable(musterstadt, List.of(code));
            checked.countDown();
            await(release);
            Stakeholder stakeholder = new Stakeholder();
            stakeholder.created(musterstadt, "test");
            stakeholder.name = "Gleichzeitig " + code;
            stakeholder.sector = Sector.BUSINESS;
            stakeholder.fieldsOfAction = new ArrayList<>(List.of(code));
            em.persist(stakeholder);
            em.flush();
        }));
        assertTrue(checked.await(10, TimeUnit.SECONDS));
        Future<ExtractableResponse<Response>> deletion = pool.submit(() -> as(EDITOR)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/fields-of-action/{id}", id)
                .then()
                .extract());
        assertThrows(TimeoutException.class, () -> deletion.get(BLOCKED_SECONDS, TimeUnit.SECONDS));
        release.countDown();
        writer.get(10, TimeUnit.SECONDS);

        ExtractableResponse<Response> deleted = deletion.get(10, TimeUnit.SECONDS);
        assertEquals(409, deleted.statusCode());
        assertEquals(
                "The field of action " + code
                        + " is used by 1 stakeholder(s) and 0 starter project(s); remove it from them first.",
                deleted.path("detail"));
    }

    @Test
    void aRecordWrittenWhileTheFieldIsDeletedWaitsAndThenNoLongerFindsTheCode() throws Exception {
        String code = "VANISHING_" + suffix();
        UUID id = UUID.fromString(create(EDITOR, field(code, "Verschwindet")));
        CountDownLatch deleted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> deletion = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            fields.delete(fields.findLocked(id));
            fields.flush();
            deleted.countDown();
            await(release);
        }));
        assertTrue(deleted.await(10, TimeUnit.SECONDS));
        Future<ExtractableResponse<Response>> writer = pool.submit(() -> as(EDITOR)
                .body(Map.of("name", "Zu spät " + code, "sector", "BUSINESS", "fieldsOfAction", List.of(code)))
                .post("/api/v1/stakeholders")
                .then()
                .extract());
        assertThrows(TimeoutException.class, () -> writer.get(BLOCKED_SECONDS, TimeUnit.SECONDS));
        release.countDown();
        deletion.get(10, TimeUnit.SECONDS);

        ExtractableResponse<Response> written = writer.get(10, TimeUnit.SECONDS);
        assertEquals(422, written.statusCode());
        assertEquals(List.of("fieldsOfAction[0]"), written.path("errors.field"));
        assertEquals(
                code + " is neither a built-in field of action nor one of the organization's own",
                written.path("errors[0].message"));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test did not release the transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
