package city.circular.hub.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A webhook endpoint on 127.0.0.1 that records what it receives and fails the first N requests on purpose. */
final class Receiver implements AutoCloseable {

    record Received(Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.get(name).getFirst();
        }
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final AtomicInteger failuresLeft;
    private final int failureStatus;

    Receiver(int failFirst, int failureStatus) throws IOException {
        this.failuresLeft = new AtomicInteger(failFirst);
        this.failureStatus = failureStatus;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresLeft.getAndDecrement() > 0 ? failureStatus : 204;
            if (status == 204) {
                Map<String, List<String>> headers = new HashMap<>();
                exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), new ArrayList<>(v)));
                received.add(new Received(headers, body));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    static Receiver accepting() throws IOException {
        return new Receiver(0, 204);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Runs delivery (as the scheduler would) until at least n messages arrived, up to 20 s. */
    List<Received> await(int n, Runnable deliver) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (received.size() < n && System.nanoTime() < deadline) {
            deliver.run();
            Thread.sleep(50);
        }
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
