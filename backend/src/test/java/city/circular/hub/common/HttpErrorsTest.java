package city.circular.hub.common;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Errors the HTTP layer meets before any resource runs are problem+json like every other error. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class HttpErrorsTest {

    static final String EDITOR = Tokens.member("musterstadt", "editor");

    @Inject
    Organizations organizations;

    /** Sends the request as written and returns the whole answer, headers and body. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(3_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException e) {
                // The server answered before reading a body it refuses; what it sent is the answer.
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void assertProblem(String answer, int status, String type) {
        assertTrue(answer.startsWith("HTTP/1.") && answer.substring(9, 12).equals(String.valueOf(status)), answer);
        assertTrue(answer.toLowerCase().contains("content-type: " + PROBLEM), answer);
        assertTrue(answer.contains("\"status\":" + status), answer);
        assertTrue(answer.contains("\"type\":\"https://circular-city-hub.example/problems/" + type + "\""), answer);
    }

    @Test
    void answersAnHttp10RequestWithoutHostWithAProblem() throws IOException {
        String answer = raw("GET /api/v1/strategies HTTP/1.0\r\n\r\n");
        assertProblem(answer, 401, "unauthenticated");
        assertTrue(answer.contains("\"instance\":\"/api/v1/strategies\""), answer);
        String unknown = raw("GET /api/v1/strategies/" + java.util.UUID.randomUUID() + " HTTP/1.0\r\n"
                + "Authorization: Bearer " + EDITOR + "\r\n\r\n");
        organizations.id(Organizations.MUSTERSTADT);
        assertProblem(unknown, 404, "not-found");
    }

    @Test
    void answersMalformedPercentEncodingWithAProblem() throws IOException {
        assertProblem(
                raw("GET /api/v1/strategies?q=%E0%A4%A HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                400,
                "malformed-request");
        assertProblem(
                raw("GET /api/v1/strategies/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                400,
                "malformed-request");
    }

    @Test
    void answersATooLongUriWithAProblem() throws IOException {
        String q = "x".repeat(5000);
        assertProblem(
                raw("GET /api/v1/strategies?q=" + q + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                414,
                "uri-too-long");
    }

    @Test
    void answersTooLargeHeadersWithAProblem() throws IOException {
        String big = "y".repeat(20_000);
        assertProblem(
                raw("GET /api/v1/strategies HTTP/1.1\r\nHost: localhost\r\nX-Big: " + big
                        + "\r\nConnection: close\r\n\r\n"),
                431,
                "headers-too-large");
    }

    @Test
    void answersAnUnknownMethodWithAProblem() throws IOException {
        String answer = raw("BREW /api/v1/strategies HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + EDITOR
                + "\r\nConnection: close\r\n\r\n");
        assertProblem(answer, 405, "method-not-allowed");
    }

    @Test
    void answersAnOversizedBodyWithAProblem() throws IOException {
        String answer = raw("POST /api/v1/strategies HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2000000\r\nConnection: close\r\n\r\n{}");
        assertProblem(answer, 413, "payload-too-large");
    }

    @Test
    void buildsLocationWithoutTheClientsHostHeader() {
        organizations.id(Organizations.MUSTERSTADT);
        String location = as(EDITOR)
                .header("Host", "evil.example")
                .body(Map.of("title", "Ort"))
                .post("/api/v1/strategies")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertEquals("/api/v1/strategies/" + id, location);
        given().auth().oauth2(EDITOR).get(location).then().statusCode(200).body("title", equalTo("Ort"));
    }
}
