package city.circular.hub.common;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import city.circular.hub.support.Api;
import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation that takes a JSON body, as the served contract lists them (so resources added later are covered
 * too), reads exactly what was sent: wrong types, duplicate keys and trailing content are 400 naming the field;
 * text the database or the exports cannot hold and dates outside 1900..2200 are 422 naming the field. A write to an
 * existing record is authorised before its body is read (WriteGateTest), so each path names a record the caller may
 * change; the parts below it may be unknown, because the body is read before they are looked up.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class StrictInputTest {

    /**
     * May call every operation: admin of Musterstadt, which coordinates the test network, and platform admin. Valid
     * for an hour: the class sends hundreds of requests with it, which on a loaded machine take longer than the
     * usual five minutes.
     */
    static final String CALLER = Tokens.claims(
                    "strict-input", Set.of("/organizations/musterstadt/admin"), List.of("platform-admin"))
            .expiresIn(3600)
            .sign();

    /** The network Musterstadt coordinates in every test database (support.Organizations). */
    private static final String NETWORK = "00000000-0000-4000-8000-00000000beef";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Organizations organizations;

    static JsonNode contract;

    /** A record of Musterstadt's per collection, by the path up to its id: "/api/v1/strategies/". */
    static Map<String, String> records;

    record Operation(String method, String path, JsonNode schema) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    record Property(String name, String kind, JsonNode schema) {}

    @BeforeEach
    void setUp() throws Exception {
        organizations.id(Organizations.MUSTERSTADT);
        if (contract != null) {
            return;
        }
        records = recordsOfTheCaller();
        contract = JSON.readTree(given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    private List<Operation> operationsWithJsonBodies() {
        List<Operation> operations = new ArrayList<>();
        contract.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    JsonNode schema = op.getValue().at("/requestBody/content/application~1json/schema");
                    if (!schema.isMissingNode()) {
                        String concrete = concrete(path.getKey());
                        operations.add(new Operation(op.getKey().toUpperCase(), concrete, resolve(schema)));
                    }
                }));
        assertTrue(operations.size() >= 30, "operations with JSON bodies: " + operations);
        return operations;
    }

    /** The record of its collection for the first id in the path, unknown ids for the parts below it. */
    private static String concrete(String template) {
        int first = template.indexOf('{');
        if (first < 0) {
            return template;
        }
        String collection = template.substring(0, first);
        String rest = template.substring(template.indexOf('}', first) + 1);
        String id = records.getOrDefault(collection, UUID.randomUUID().toString());
        return collection + id + rest.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private static Map<String, String> recordsOfTheCaller() {
        String strategy = Api.createStrategy(CALLER, Map.of("title", "Strenge Eingaben"));
        String project = created("/api/v1/starter-projects", Map.of("title", "Materialbörse"));
        Instant start = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Map<String, String> records = new HashMap<>();
        records.put("/api/v1/strategies/", strategy);
        records.put("/api/v1/starter-projects/", project);
        records.put(
                "/api/v1/stakeholders/", created("/api/v1/stakeholders", Map.of("name", "IHK", "sector", "CHAMBER")));
        records.put(
                "/api/v1/stakeholder-analyses/",
                created(
                        "/api/v1/stakeholder-analyses",
                        Map.of(
                                "strategyId", strategy,
                                "title", "Analyse",
                                "method", "WORKSHOP",
                                "conductedOn", "2026-02-01",
                                "status", "COMPLETED")));
        records.put(
                "/api/v1/fields-of-action/",
                created("/api/v1/fields-of-action", Map.of("name", "Strenge " + UUID.randomUUID())));
        records.put(
                "/api/v1/workshops/",
                created(
                        "/api/v1/workshops",
                        Map.of(
                                "title", "Werkstatt",
                                "purpose", "KICK_OFF",
                                "format", "ONLINE",
                                "onlineLink", "https://meet.example/w",
                                "startsAt", start.toString(),
                                "endsAt", start.plus(2, ChronoUnit.HOURS).toString(),
                                "capacity", 20)));
        records.put(
                "/api/v1/practices/",
                as(CALLER)
                        .post("/api/v1/practices/from-project/{id}", project)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
        records.put("/api/v1/networks/", NETWORK);
        records.put(
                "/api/v1/council-decisions/",
                created(
                        "/api/v1/council-decisions",
                        Map.of("body", "Rat", "decidedOn", "2026-03-12", "reference", "DS 1", "subject", "Strategie")));
        records.put("/api/v1/follow-groups/", created("/api/v1/follow-groups", Map.of("name", "Begleitgruppe")));
        records.put(
                "/api/v1/webhooks/",
                created(
                        "/api/v1/webhooks",
                        Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("strategy"))));
        return records;
    }

    private static String created(String path, Map<String, Object> body) {
        return as(CALLER).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null && schema.has("allOf")) {
            ref = schema.get("allOf").get(0).get("$ref");
        }
        if (ref == null) {
            return schema;
        }
        JsonNode target = contract.at(ref.asText().substring(1));
        var merged = JSON.createObjectNode();
        merged.setAll((com.fasterxml.jackson.databind.node.ObjectNode) target);
        schema.properties().forEach(e -> {
            if (!e.getKey().equals("$ref")) {
                merged.set(e.getKey(), e.getValue());
            }
        });
        return merged;
    }

    private List<Property> properties(Operation op) {
        List<Property> properties = new ArrayList<>();
        JsonNode props = op.schema().get("properties");
        if (props == null) {
            return properties;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
            var e = it.next();
            if (e.getValue().path("readOnly").asBoolean()) {
                continue;
            }
            JsonNode schema = resolve(e.getValue());
            properties.add(new Property(e.getKey(), kindOf(schema), schema));
        }
        return properties;
    }

    private static String kindOf(JsonNode schema) {
        if (schema.has("enum")) {
            return "enum";
        }
        String format = schema.path("format").asText("");
        if (!format.isEmpty() && Set.of("uuid", "date", "date-time").contains(format)) {
            return format;
        }
        JsonNode type = schema.path("type");
        return type.isArray() ? type.get(0).asText() : type.asText("object");
    }

    /** A value that binds for the property, so that the binder reads on to what follows it. */
    private static String validValue(Property p) {
        return switch (p.kind()) {
            case "enum" -> '"' + p.schema().get("enum").get(0).asText() + '"';
            case "uuid" -> '"' + UUID.randomUUID().toString() + '"';
            case "date" -> "\"2026-01-15\"";
            case "date-time" -> "\"2026-01-15T10:00:00Z\"";
            case "string" -> "\"text\"";
            case "integer", "number" -> "1";
            case "boolean" -> "true";
            case "array" -> "[]";
            default -> null;
        };
    }

    private static Response send(Operation op, String body) {
        return given().auth()
                .oauth2(CALLER)
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(body)
                .request(op.method(), op.path());
    }

    private static void assertFieldProblem(Operation op, String body, int status, String field, String message) {
        Response r = send(op, body);
        String where = op + " " + body + " -> " + r.asString();
        assertEquals(status, r.statusCode(), where);
        assertEquals(PROBLEM, r.contentType(), where);
        assertEquals(List.of(field), r.path("errors.field"), where);
        if (message != null) {
            assertEquals(List.of(message), r.path("errors.message"), where);
        }
    }

    /** For each operation, the properties of a kind, each tried with the given bad value. */
    private int forEach(String kind, Function<Property, String> badValue, int status, String message) {
        int tried = 0;
        for (Operation op : operationsWithJsonBodies()) {
            for (Property p : properties(op)) {
                if (p.kind().equals(kind)) {
                    assertFieldProblem(
                            op, "{\"" + p.name() + "\":" + badValue.apply(p) + "}", status, p.name(), message);
                    tried++;
                }
            }
        }
        return tried;
    }

    @Test
    void rejectsDuplicateKeysOnEveryOperation() {
        for (Operation op : operationsWithJsonBodies()) {
            Property first = properties(op).stream()
                    .filter(p -> validValue(p) != null)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no scalar property in " + op));
            String value = validValue(first);
            assertFieldProblem(
                    op,
                    "{\"" + first.name() + "\":" + value + ",\"" + first.name() + "\":" + value + "}",
                    400,
                    first.name(),
                    "appears twice in its object");
        }
    }

    @Test
    void rejectsControlCharactersInEveryTextField() {
        int tried = forEach("string", p -> "\"a\\u0000b\"", 422, Text.UNSTORABLE);
        assertTrue(tried >= 60, "text fields tried: " + tried);
        forEach("string", p -> "\"bell\\u0007\"", 422, Text.UNSTORABLE);
    }

    @Test
    void rejectsDatesOutsideTheSaneRangeInEveryDateField() {
        String message = "must be between 1900-01-01 and 2200-12-31";
        int dates = forEach("date", p -> "\"9999-12-31\"", 422, message);
        dates += forEach("date", p -> "\"1899-12-31\"", 422, message);
        int times = forEach("date-time", p -> "\"2201-01-01T00:00:00Z\"", 422, message);
        assertTrue(dates >= 2 * 10 && times >= 2, "date fields tried: " + dates + ", date-times: " + times);
    }

    @Test
    void rejectsValuesOfTheWrongTypeNamingTheField() {
        assertTrue(forEach("string", p -> "42", 400, "must be a string") > 0);
        assertTrue(forEach("string", p -> "true", 400, "must be a string") > 0);
        assertTrue(forEach("enum", p -> "2", 400, null) > 0);
        assertTrue(forEach("uuid", p -> "\" \"", 400, "must be a UUID") > 0);
        assertTrue(forEach("uuid", p -> "\"\"", 400, "must be a UUID") > 0);
        assertTrue(forEach("date", p -> "\"\"", 400, "must be a date (YYYY-MM-DD)") > 0);
        assertTrue(forEach("integer", p -> "1.5", 400, "must be a number") > 0);
        assertTrue(forEach("integer", p -> "\"3\"", 400, "must be a number") > 0);
        assertTrue(forEach("number", p -> "\"3\"", 400, "must be a number") > 0);
        assertTrue(forEach("boolean", p -> "\"true\"", 400, "must be true or false") > 0);
        assertTrue(forEach("boolean", p -> "1", 400, "must be true or false") > 0);
    }

    @Test
    void rejectsTrailingContentAfterTheDocument() {
        for (Operation op : operationsWithJsonBodies()) {
            Response r = send(op, "{} {}");
            assertEquals(400, r.statusCode(), op + " " + r.asString());
            assertEquals(PROBLEM, r.contentType(), op.toString());
        }
    }

    @Test
    void rejectsABodyWithoutContentType() {
        for (Operation op : operationsWithJsonBodies()) {
            Response r = given().auth()
                    .oauth2(CALLER)
                    .body("{\"title\":\"x\"}".getBytes())
                    .request(op.method(), op.path());
            assertEquals(415, r.statusCode(), op + " " + r.asString());
            assertEquals(PROBLEM, r.contentType(), op.toString());
            assertEquals("https://circular-city-hub.example/problems/unsupported-media-type", r.path("type"));
        }
    }

    @Test
    void namesNestedFieldsByTheirPath() {
        Operation addMeasure = operationsWithJsonBodies().stream()
                .filter(op -> op.method().equals("POST") && op.path().matches(".*/starter-projects/[^/]+/measures"))
                .findFirst()
                .orElseThrow();
        assertFieldProblem(
                addMeasure,
                "{\"title\":\"M\",\"steps\":[{\"title\":\"ok\",\"done\":true},{\"title\":\"x\\u0000\",\"done\":true}]}",
                422,
                "steps[1].title",
                Text.UNSTORABLE);
        assertFieldProblem(
                addMeasure,
                "{\"title\":\"M\",\"steps\":[{\"title\":\"a\",\"done\":true,\"done\":false}]}",
                400,
                "steps[0].done",
                "appears twice in its object");
        assertFieldProblem(
                addMeasure, "{\"title\":\"M\",\"steps\":[{\"title\":\"a\",\"done\":1}]}", 400, "steps[0].done", null);
        Response tabsAndNewlines =
                send(addMeasure, "{\"title\":\"M\",\"steps\":[{\"title\":\"a\\tb\\nc\\r\",\"done\":true}]}");
        assertEquals(201, tabsAndNewlines.statusCode(), "tabs and line breaks are text: " + tabsAndNewlines.asString());
    }
}
