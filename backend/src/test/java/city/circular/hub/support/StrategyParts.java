package city.circular.hub.support;

import static city.circular.hub.support.Api.as;

import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Components and indicators of a strategy, created as a client does. */
public final class StrategyParts {

    public static final String COMPONENTS = "/api/v1/strategies/{strategyId}/components";
    public static final String COMPONENT = COMPONENTS + "/{componentId}";
    public static final String MOVE = COMPONENT + "/move";
    public static final String INDICATORS = "/api/v1/strategies/{strategyId}/indicators";
    public static final String INDICATOR = INDICATORS + "/{indicatorId}";
    public static final String VALUES = INDICATOR + "/values";

    private StrategyParts() {}

    public static Map<String, Object> component(String type, String title, String parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("title", title);
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return body;
    }

    /** Adds a component and returns its id. */
    public static String addComponent(String token, String strategyId, Map<String, Object> body) {
        return as(token)
                .body(body)
                .post(COMPONENTS, strategyId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String addComponent(String token, String strategyId, String type, String title, String parentId) {
        return addComponent(token, strategyId, component(type, title, parentId));
    }

    public static ValidatableResponse outline(String token, String strategyId) {
        return as(token).get(COMPONENTS, strategyId).then().statusCode(200);
    }

    public static String componentEtag(String token, String strategyId, String componentId) {
        return as(token)
                .get(COMPONENT, strategyId, componentId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** A decreasing indicator: baseline 100 at the end of 2020, targets 80 (2027) and 60 (2030). */
    public static Map<String, Object> indicator(String componentId, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("componentId", componentId);
        body.put("name", name);
        body.put("unit", "kg/(Einw.·a)");
        body.put("kind", "OUTCOME");
        body.put("direction", "DECREASE");
        body.put("baseline", Map.of("value", 100, "date", "2020-12-31"));
        body.put(
                "targets",
                List.of(Map.of("value", 80, "date", "2027-12-31"), Map.of("value", 60, "date", "2030-12-31")));
        body.put("source", "Abfallbilanz");
        return body;
    }

    /** Adds an indicator and returns its id. */
    public static String addIndicator(String token, String strategyId, Map<String, Object> body) {
        return as(token)
                .body(body)
                .post(INDICATORS, strategyId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Adds an actual value and returns the indicator's new ETag. */
    public static String addValue(String token, String strategyId, String indicatorId, String date, Object value) {
        return as(token)
                .body(Map.of("observedOn", date, "value", value))
                .post(VALUES, strategyId, indicatorId)
                .then()
                .statusCode(201)
                .extract()
                .header("ETag");
    }
}
