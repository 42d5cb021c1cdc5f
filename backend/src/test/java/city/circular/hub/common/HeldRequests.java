package city.circular.hub.common;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A test-only endpoint that answers when the test lets it, so that a request can be kept running. */
@Path("/api/v1/test-only/held")
public class HeldRequests {

    static volatile CountDownLatch release = new CountDownLatch(0);
    static volatile CountDownLatch arrived = new CountDownLatch(0);

    public record Outcome(boolean released) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Outcome held() throws InterruptedException {
        arrived.countDown();
        return new Outcome(release.await(30, TimeUnit.SECONDS));
    }
}
