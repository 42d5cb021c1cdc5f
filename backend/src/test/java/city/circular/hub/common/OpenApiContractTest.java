package city.circular.hub.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed /openapi.yaml is the published contract: it must equal what the server serves. Regenerate it with
 * {@code ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true} (from backend/).
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("..", "openapi.yaml");

    @Test
    void committedContractEqualsServedDocument() throws IOException {
        String served = given().queryParam("format", "yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(CONTRACT), "openapi.yaml is missing at the repository root");
        assertEquals(
                Files.readString(CONTRACT, StandardCharsets.UTF_8),
                served,
                "openapi.yaml differs from the served document; regenerate it with "
                        + "./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasIdSummaryTagAndProblemResponses() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .extract()
                .path("paths");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            String name = method.toUpperCase() + " " + path;
            if (operation.get("operationId") == null) missing.add(name + ": operationId");
            if (operation.get("summary") == null) missing.add(name + ": summary");
            if (operation.get("tags") == null) missing.add(name + ": tag");
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            for (String code : List.of("401", "406", "500")) {
                Map<String, Object> response = responses.get(code);
                if (response == null
                        || !((Map<String, Object>) response.get("content")).containsKey(Problem.MEDIA_TYPE)) {
                    missing.add(name + ": problem response " + code);
                }
            }
        }));
        assertEquals(List.of(), missing);
    }
}
