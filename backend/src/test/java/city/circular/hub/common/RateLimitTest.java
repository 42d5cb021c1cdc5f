package city.circular.hub.common;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class RateLimitTest {

    /** Three requests at once, then one every ten seconds; one request of a caller running at a time. */
    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "cch.rate-limit.burst", "3",
                    "cch.rate-limit.per-second", "0.1",
                    "cch.rate-limit.concurrent", "1");
        }
    }

    @Test
    void aCallerPastItsBurstGets429WithRetryAfterWhileOthersGoOn() {
        String busy = Tokens.user("busy-script", "/organizations/musterstadt/viewer");
        for (int remaining = 2; remaining >= 0; remaining--) {
            as(busy).get("/api/v1/me")
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(remaining));
        }
        var refused = as(busy).body(Map.of("title", "x".repeat(10)))
                .post("/api/v1/strategies")
                .then()
                .statusCode(429)
                .contentType(PROBLEM)
                .body("status", equalTo(429))
                .body("title", equalTo("Too many requests"))
                .header("RateLimit-Remaining", "0")
                .extract();
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 10, "Retry-After " + retryAfter);

        // Another caller has a bucket of its own.
        as(Tokens.user("calm-user", "/organizations/musterstadt/viewer"))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .header("RateLimit-Remaining", "2");
        // Anonymous requests are answered 401 by authentication, not counted.
        assertEquals(
                401,
                io.restassured.RestAssured.given()
                        .get("/api/v1/me")
                        .then()
                        .extract()
                        .statusCode());
    }

    @Test
    void aCallerWithARequestRunningGets429ForTheNextUntilItEnds() throws Exception {
        String script = Tokens.user("parallel-script", "/organizations/musterstadt/viewer");
        HeldRequests.release = new CountDownLatch(1);
        HeldRequests.arrived = new CountDownLatch(1);
        CompletableFuture<Integer> held = CompletableFuture.supplyAsync(
                () -> as(script).get("/api/v1/test-only/held").then().extract().statusCode());
        try {
            assertTrue(
                    HeldRequests.arrived.await(30, TimeUnit.SECONDS),
                    () -> "the first request runs: " + held.getNow(-1));
            as(script)
                    .get("/api/v1/me")
                    .then()
                    .statusCode(429)
                    .contentType(PROBLEM)
                    .header("Retry-After", "1")
                    .body("detail", containsString("more than 1 requests running at once"));
            // Another caller is not held up by it.
            as(Tokens.user("other-user", "/organizations/musterstadt/viewer"))
                    .get("/api/v1/me")
                    .then()
                    .statusCode(200);
        } finally {
            HeldRequests.release.countDown();
        }
        assertEquals(200, held.get(30, TimeUnit.SECONDS));
        // The slot is given back when the answer is sent, also for an error answer.
        as(script).get("/api/v1/strategies/{id}", UUID.randomUUID()).then().statusCode(404);
        as(script).get("/api/v1/me").then().statusCode(200);
    }
}
