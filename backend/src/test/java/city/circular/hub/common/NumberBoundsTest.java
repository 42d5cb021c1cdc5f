package city.circular.hub.common;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every number a client sends has documented bounds matching its column, enforced with 422 field errors; a value
 * inside them is stored and answered exactly as sent (no rounding, no overflow).
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class NumberBoundsTest {

    static final String EDITOR = Tokens.member("musterstadt", "editor");
    static final String VIEWER = Tokens.member("musterstadt", "viewer");

    static final List<String> MONEY = List.of("cost");
    static final List<String> QUANTITIES = List.of(
            "co2eTonnesPerYear",
            "renewableMwhPerYear",
            "energyReplacedMwhPerYear",
            "materialAvoidedT",
            "materialReusedT",
            "materialRecycledT");

    @Inject
    Organizations organizations;

    String project;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
        project = as(EDITOR)
                .body(Map.of("title", "Zahlen"))
                .post("/api/v1/starter-projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void documentsBoundsForEveryNumberInEveryRequestBody() throws Exception {
        JsonNode contract = new ObjectMapper()
                .readTree(given().queryParam("format", "json")
                        .get("/q/openapi")
                        .then()
                        .extract()
                        .asString());
        List<String> unbounded = new ArrayList<>();
        int numbers = 0;
        for (var schema : contract.at("/components/schemas").properties()) {
            for (var property : schema.getValue().path("properties").properties()) {
                JsonNode p = property.getValue();
                String type = p.path("type").asText();
                if ((type.equals("number") || type.equals("integer"))
                        && !p.path("readOnly").asBoolean()) {
                    boolean input = schema.getKey().endsWith("Input")
                            || List.of("MeasuredValue", "IndicatorContribution").contains(schema.getKey());
                    if (!input) {
                        continue;
                    }
                    numbers++;
                    if (!p.has("minimum") || !p.has("maximum")) {
                        unbounded.add(schema.getKey() + "." + property.getKey());
                    }
                    if (type.equals("number") && !p.has("multipleOf")) {
                        unbounded.add(schema.getKey() + "." + property.getKey() + " (scale)");
                    }
                }
            }
        }
        assertTrue(numbers >= 20, "numbers in inputs: " + numbers);
        assertEquals(List.of(), unbounded);
    }

    private Response addMeasure(Map<String, Object> body) {
        return as(EDITOR).body(body).post("/api/v1/starter-projects/{id}/measures", project);
    }

    private static Map<String, Object> measure(String field, Object value) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Messgröße");
        body.put(field, value);
        return body;
    }

    @Test
    void rejectsNumbersBeyondTheirColumnWith422() {
        Map<String, String> tooLarge = new HashMap<>();
        MONEY.forEach(f -> tooLarge.put(f, "1000000000000"));
        QUANTITIES.forEach(f -> tooLarge.put(f, "100000000000"));
        tooLarge.forEach((field, value) -> {
            for (String bad : List.of(value, "1e400", "0.0001", "-1")) {
                if (bad.equals("-1") && field.equals("co2eTonnesPerYear")) {
                    continue;
                }
                String body = "{\"title\":\"M\",\"" + field + "\":" + bad + "}";
                addMeasureRaw(body)
                        .then()
                        .statusCode(422)
                        .contentType(PROBLEM)
                        .body("type", equalTo("https://circular-city-hub.example/problems/rule-violation"))
                        .body("errors.field", everyItem(equalTo(field)))
                        .body("errors.size()", greaterThan(0));
            }
        });
        as(EDITOR)
                .body("{\"title\":\"P\",\"budgetPlanned\":123.456}")
                .post("/api/v1/starter-projects")
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("budgetPlanned")));
        java.time.Instant start =
                java.time.Instant.now().plusSeconds(86_400).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        String workshop = as(EDITOR)
                .body(Map.of(
                        "title", "Werkstatt",
                        "purpose", "KICK_OFF",
                        "format", "ONLINE",
                        "onlineLink", "https://meet.example/w",
                        "startsAt", start.toString(),
                        "endsAt", start.plusSeconds(7200).toString(),
                        "capacity", 20))
                .post("/api/v1/workshops")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(EDITOR)
                .body("{\"type\":\"IDEA\",\"text\":\"Idee\",\"votes\":99999999999}")
                .post("/api/v1/workshops/{id}/outcomes", workshop)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("votes")));
    }

    private Response addMeasureRaw(String body) {
        return as(EDITOR).body(body).post("/api/v1/starter-projects/{id}/measures", project);
    }

    @Test
    void storesTheLargestAndFinestValuesExactlyAsSent() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Grenzwerte");
        body.put("cost", new BigDecimal("999999999999.99"));
        QUANTITIES.forEach(f -> body.put(f, new BigDecimal("99999999999.999")));
        body.put("co2eTonnesPerYear", new BigDecimal("-99999999999.999"));
        String id = addMeasure(body).then().statusCode(201).extract().path("id");
        Response read = as(EDITOR).get("/api/v1/starter-projects/{p}/measures/{m}", project, id);
        var json = read.then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .using(new JsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertEquals(new BigDecimal("999999999999.99"), json.getObject("cost", BigDecimal.class));
        assertEquals(new BigDecimal("-99999999999.999"), json.getObject("co2eTonnesPerYear", BigDecimal.class));
        assertEquals(new BigDecimal("99999999999.999"), json.getObject("materialRecycledT", BigDecimal.class));
    }

    @Test
    void refusesOverlongArraysBeforeValidatingTheirElements() {
        List<Map<String, Object>> steps = Collections.nCopies(5000, Map.of("title", "", "done", "x"));
        // A reader is refused before the body is read (WriteGate); an editor's overlong array is refused whole.
        as(VIEWER)
                .body(Map.of("title", "M", "steps", steps))
                .post("/api/v1/starter-projects/{id}/measures", project)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        as(EDITOR)
                .body(Map.of("title", "M", "steps", steps))
                .post("/api/v1/starter-projects/{id}/measures", project)
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        List<Map<String, Object>> blankSteps = Collections.nCopies(101, Map.of("title", " ", "done", true));
        as(EDITOR)
                .body(Map.of("title", "M", "steps", blankSteps))
                .post("/api/v1/starter-projects/{id}/measures", project)
                .then()
                .statusCode(400)
                .body("errors", equalTo(List.of(Map.of("field", "steps", "message", "must have at most 100 items"))));
    }

    @Test
    void listsAtMostFiftyErrorsButCountsThemAll() {
        List<Map<String, Object>> blankSteps = Collections.nCopies(100, Map.of("title", " ", "done", true));
        as(EDITOR)
                .body(Map.of("title", "M", "steps", blankSteps))
                .post("/api/v1/starter-projects/{id}/measures", project)
                .then()
                .statusCode(400)
                .body("detail", equalTo("The request has 100 invalid fields; the first 50 are listed."))
                .body("errors.size()", equalTo(50));
    }
}
