package city.circular.hub.indicator;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static city.circular.hub.support.StrategyParts.COMPONENT;
import static city.circular.hub.support.StrategyParts.INDICATOR;
import static city.circular.hub.support.StrategyParts.INDICATORS;
import static city.circular.hub.support.StrategyParts.VALUES;
import static city.circular.hub.support.StrategyParts.addComponent;
import static city.circular.hub.support.StrategyParts.addIndicator;
import static city.circular.hub.support.StrategyParts.addValue;
import static city.circular.hub.support.StrategyParts.component;
import static city.circular.hub.support.StrategyParts.indicator;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import city.circular.hub.support.Api;
import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class IndicatorResourceTest {

    @Inject
    Organizations organizations;

    String editor;
    String viewer;
    String strategy;
    String goal;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
        editor = Tokens.member(Organizations.MUSTERSTADT, "editor");
        viewer = Tokens.member(Organizations.MUSTERSTADT, "viewer");
        strategy = Api.createStrategy(editor, Map.of("title", "Indikatoren " + UUID.randomUUID()));
        String vision = addComponent(editor, strategy, "VISION", "Leitbild", null);
        goal = addComponent(editor, strategy, "GOAL", "Weniger Abfall", vision);
    }

    @Test
    void createsAnIndicatorOnAGoal() {
        Map<String, Object> body = indicator(goal, "  Siedlungsabfall pro Kopf ");
        body.put("externalId", "abf-01");
        var response = as(editor)
                .body(body)
                .post(INDICATORS, strategy)
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", "\"0\"")
                .body("strategyId", equalTo(strategy))
                .body("componentId", equalTo(goal))
                .body("name", equalTo("Siedlungsabfall pro Kopf"))
                .body("unit", equalTo("kg/(Einw.·a)"))
                .body("kind", equalTo("OUTCOME"))
                .body("direction", equalTo("DECREASE"))
                .body("baseline.value", equalTo(100))
                .body("baseline.date", equalTo("2020-12-31"))
                .body("targets.value", equalTo(List.of(80, 60)))
                .body("targets.date", equalTo(List.of("2027-12-31", "2030-12-31")))
                .body("source", equalTo("Abfallbilanz"))
                .body("externalId", equalTo("abf-01"))
                .body("values", empty())
                .body("progress.status", equalTo("NO_DATA"))
                .body("progress.basedOnEstimate", equalTo(false))
                .body("progress.latestValue", nullValue())
                .body("progress.percent", nullValue())
                .body("version", equalTo(0))
                .body("createdBy", equalTo("musterstadt-editor"))
                .body("createdAt", notNullValue())
                .extract();
        String id = response.path("id");
        assertEquals("/api/v1/strategies/" + strategy + "/indicators/" + id, response.header("Location"));
        as(viewer)
                .get(response.header("Location"))
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id));
    }

    @Test
    void addsValuesAsNewVersionsOfTheIndicatorAndComputesProgress() {
        String id = addIndicator(editor, strategy, indicator(goal, "Abfall"));
        var added = as(editor)
                .body(Map.of(
                        "observedOn",
                        "2024-12-31",
                        "value",
                        86.5,
                        "source",
                        "Abfallbilanz 2024",
                        "comment",
                        "vorläufig"))
                .post(VALUES, strategy, id)
                .then()
                .statusCode(201)
                .header("ETag", "\"1\"")
                .body("id", equalTo(id))
                .body("version", equalTo(1))
                .body("values[0].observedOn", equalTo("2024-12-31"))
                .body("values[0].value", equalTo(86.5f))
                .body("values[0].kind", equalTo("ACTUAL"))
                .body("values[0].source", equalTo("Abfallbilanz 2024"))
                .body("values[0].comment", equalTo("vorläufig"))
                .body("values[0].createdBy", equalTo("musterstadt-editor"))
                .extract();
        String valueId = added.path("values[0].id");
        assertEquals(
                "/api/v1/strategies/" + strategy + "/indicators/" + id + "/values/" + valueId,
                added.header("Location"));

        assertEquals("\"2\"", addValue(editor, strategy, id, "2021-12-31", 97));
        as(editor)
                .body(Map.of("observedOn", "2026-06-30", "value", 70, "kind", "ESTIMATE"))
                .post(VALUES, strategy, id)
                .then()
                .statusCode(201)
                .header("ETag", "\"3\"");

        // Latest actual 86.5 at the end of 2024: 13.5 of the 20 to the 2027 target, 1461 of 2556 days gone.
        as(viewer)
                .get(INDICATOR, strategy, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"3\"")
                .body("values.observedOn", equalTo(List.of("2021-12-31", "2024-12-31", "2026-06-30")))
                .body("values.kind", equalTo(List.of("ACTUAL", "ACTUAL", "ESTIMATE")))
                .body("progress.status", equalTo("ON_TRACK"))
                .body("progress.basedOnEstimate", equalTo(false))
                .body("progress.latestValue", equalTo(86.5f))
                .body("progress.latestDate", equalTo("2024-12-31"))
                .body("progress.targetValue", equalTo(80))
                .body("progress.targetDate", equalTo("2027-12-31"))
                .body("progress.percent", equalTo(67.5f))
                .body("progress.expectedPercent", equalTo(57.2f));
    }

    @Test
    void deletesAValueWithTheIndicatorsEtag() {
        String id = addIndicator(editor, strategy, indicator(goal, "Abfall"));
        addValue(editor, strategy, id, "2022-12-31", 95);
        String valueId =
                as(editor).get(INDICATOR, strategy, id).then().extract().path("values[0].id");

        as(editor).delete(VALUES + "/{valueId}", strategy, id, valueId).then().statusCode(428);
        as(editor)
                .header("If-Match", "\"0\"")
                .delete(VALUES + "/{valueId}", strategy, id, valueId)
                .then()
                .statusCode(412)
                .contentType(PROBLEM);
        as(editor)
                .header("If-Match", "\"1\"")
                .delete(VALUES + "/{valueId}", strategy, id, UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("detail", equalTo("Indicator value does not exist or is not visible to you."));
        as(viewer)
                .header("If-Match", "\"1\"")
                .delete(VALUES + "/{valueId}", strategy, id, valueId)
                .then()
                .statusCode(403);
        as(editor)
                .header("If-Match", "\"1\"")
                .delete(VALUES + "/{valueId}", strategy, id, valueId)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("values", empty())
                .body("progress.status", equalTo("NO_DATA"));
    }

    @Test
    void listsTheStrategysIndicatorsWithValuesOptionallyForOneGoal() {
        String otherGoal = addComponent(editor, strategy, "GOAL", "Mehr Beschaffung", null);
        String first = addIndicator(editor, strategy, indicator(goal, "Erster"));
        Map<String, Object> increasing = indicator(otherGoal, "Zweiter");
        increasing.put("direction", "INCREASE");
        increasing.put("targets", List.of(Map.of("value", 120, "date", "2030-12-31")));
        String second = addIndicator(editor, strategy, increasing);
        addValue(editor, strategy, second, "2025-12-31", 130);
        addValue(editor, strategy, first, "2023-12-31", 90);
        addValue(editor, strategy, first, "2022-12-31", 95);

        as(viewer)
                .get(INDICATORS, strategy)
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(first, second)))
                .body("[0].values.value", equalTo(List.of(95, 90)))
                .body("[0].progress.status", equalTo("ON_TRACK"))
                .body("[0].progress.percent", equalTo(50.0f))
                .body("[1].values.value", equalTo(List.of(130)))
                .body("[1].progress.status", equalTo("ACHIEVED"))
                .body("[1].progress.percent", equalTo(150.0f));
        as(viewer)
                .queryParam("componentId", otherGoal)
                .get(INDICATORS, strategy)
                .then()
                .body("id", equalTo(List.of(second)));
        as(viewer)
                .queryParam("componentId", UUID.randomUUID().toString())
                .get(INDICATORS, strategy)
                .then()
                .statusCode(200)
                .body("", empty());
        as(viewer)
                .queryParam("componentId", "goal-1")
                .get(INDICATORS, strategy)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("componentId"))
                .body("errors[0].message", equalTo("must be a UUID"));
    }

    @Test
    void updatesAnIndicatorKeepingItsValues() {
        String id = addIndicator(editor, strategy, indicator(goal, "Abfall"));
        addValue(editor, strategy, id, "2022-12-31", 95);
        String otherGoal = addComponent(editor, strategy, "GOAL", "Anderes Ziel", null);
        Map<String, Object> change = indicator(otherGoal, "Restabfall");
        change.remove("baseline");
        change.remove("source");
        as(editor)
                .header("If-Match", "\"1\"")
                .body(change)
                .put(INDICATOR, strategy, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("componentId", equalTo(otherGoal))
                .body("name", equalTo("Restabfall"))
                .body("baseline", nullValue())
                .body("source", nullValue())
                .body("values.value", equalTo(List.of(95)))
                .body("progress.status", equalTo("NO_TARGET"))
                .body("progress.latestValue", equalTo(95));

        as(editor).body(change).put(INDICATOR, strategy, id).then().statusCode(428);
        as(editor)
                .header("If-Match", "\"1\"")
                .body(change)
                .put(INDICATOR, strategy, id)
                .then()
                .statusCode(412);
    }

    @Test
    void deletesAnIndicatorWithItsValues() {
        String id = addIndicator(editor, strategy, indicator(goal, "Abfall"));
        addValue(editor, strategy, id, "2022-12-31", 95);
        as(editor).delete(INDICATOR, strategy, id).then().statusCode(428);
        as(editor)
                .header("If-Match", "\"0\"")
                .delete(INDICATOR, strategy, id)
                .then()
                .statusCode(412);
        as(editor)
                .header("If-Match", "\"1\"")
                .delete(INDICATOR, strategy, id)
                .then()
                .statusCode(204);
        as(editor).get(INDICATOR, strategy, id).then().statusCode(404).contentType(PROBLEM);
        as(editor).get(INDICATORS, strategy).then().body("", empty());
    }

    @Test
    void measuresOnlyGoalsOfTheSameStrategy() {
        String line = addComponent(editor, strategy, "STRATEGY", "Linie", null);
        as(editor)
                .body(indicator(line, "An einer Linie"))
                .post(INDICATORS, strategy)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/rule-violation"))
                .body("detail", equalTo("Only GOAL components have indicators; this one is a STRATEGY."))
                .body("errors[0].field", equalTo("componentId"))
                .body("errors[0].message", equalTo("is not a GOAL component"));

        String other = Api.createStrategy(editor, Map.of("title", "Andere " + UUID.randomUUID()));
        String foreignGoal = addComponent(editor, other, "GOAL", "Fremdes Ziel", null);
        for (String componentId : List.of(foreignGoal, UUID.randomUUID().toString())) {
            as(editor)
                    .body(indicator(componentId, "Fremd"))
                    .post(INDICATORS, strategy)
                    .then()
                    .statusCode(422)
                    .body("detail", equalTo("An indicator measures a goal of its own strategy."))
                    .body("errors[0].message", equalTo("is not a component of this strategy"));
        }
        as(editor).get(INDICATORS, strategy).then().body("", empty());
    }

    @Test
    void keepsAMeasuredGoalAGoalAndDeletesIndicatorsWithIt() {
        String id = addIndicator(editor, strategy, indicator(goal, "Abfall"));
        as(editor)
                .header("If-Match", "\"0\"")
                .body(component("STRATEGY", "Doch eine Linie", null))
                .put(COMPONENT, strategy, goal)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", equalTo("must stay GOAL while indicators measure this component"));
        as(editor)
                .header("If-Match", "\"0\"")
                .body(component("GOAL", "Weniger Restabfall", null))
                .put(COMPONENT, strategy, goal)
                .then()
                .statusCode(200);

        as(editor)
                .header("If-Match", "\"1\"")
                .delete(COMPONENT, strategy, goal)
                .then()
                .statusCode(204);
        as(editor).get(INDICATOR, strategy, id).then().statusCode(404);
    }

    @Test
    void rejectsTargetsOutOfOrderOrOnTheWrongSideOfTheBaseline() {
        Map<String, Object> body = indicator(goal, "Abfall");
        body.put(
                "targets",
                List.of(
                        Map.of("value", 90, "date", "2027-12-31"),
                        Map.of("value", 80, "date", "2027-12-31"),
                        Map.of("value", 110, "date", "2030-12-31")));
        as(editor)
                .body(body)
                .post(INDICATORS, strategy)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", equalTo("The request has 2 invalid fields."))
                .body("errors.field", equalTo(List.of("targets[1].date", "targets[2].value")))
                .body(
                        "errors.message",
                        equalTo(List.of(
                                "must be after the previous target's date",
                                "must be below the baseline for a DECREASE indicator")));

        body.put("direction", "INCREASE");
        body.put("targets", List.of(Map.of("value", 120, "date", "2019-12-31")));
        as(editor)
                .body(body)
                .post(INDICATORS, strategy)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("targets[0].date")))
                .body("errors[0].message", equalTo("must be after the baseline date"));
        as(editor).get(INDICATORS, strategy).then().body("", empty());
    }

    @Test
    void rejectsInvalidFieldsWithFieldErrors() {
        Map<String, Object> bad = indicator(goal, " ");
        bad.remove("componentId");
        bad.remove("kind");
        bad.put("unit", "x".repeat(51));
        bad.put("baseline", Map.of("value", 100));
        bad.put("targets", List.of(Map.of("date", "2030-12-31", "value", 1234567890123456.5)));
        as(editor)
                .body(bad)
                .post(INDICATORS, strategy)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body(
                        "errors.field",
                        equalTo(List.of("baseline.date", "componentId", "kind", "name", "targets[0].value", "unit")));

        Map<String, Object> wrongType = indicator(goal, "Abfall");
        wrongType.put("baseline", Map.of("value", "viel", "date", "2020-12-31"));
        as(editor)
                .body(wrongType)
                .post(INDICATORS, strategy)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("baseline.value"))
                .body("errors[0].message", equalTo("must be a number"));

        String id = addIndicator(editor, strategy, indicator(goal, "Abfall"));
        as(editor)
                .body(Map.of("observedOn", "31.12.2024", "value", 1))
                .post(VALUES, strategy, id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("observedOn"))
                .body("errors[0].message", equalTo("must be a date (YYYY-MM-DD)"));
        as(editor)
                .body(Map.of("value", 1, "kind", "GUESS", "comment", "x".repeat(1001)))
                .post(VALUES, strategy, id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        as(editor)
                .body(Map.of("value", 1, "comment", "x".repeat(1001)))
                .post(VALUES, strategy, id)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("comment", "observedOn")));
        as(editor).get(INDICATOR, strategy, id).then().body("values", empty()).body("version", equalTo(0));
    }

    @Test
    void rejectsADuplicateExternalIdWithinTheStrategy() {
        Map<String, Object> body = indicator(goal, "Abfall");
        body.put("externalId", "abf-01");
        addIndicator(editor, strategy, body);
        as(editor)
                .body(body)
                .post(INDICATORS, strategy)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("externalId"));

        String other = Api.createStrategy(editor, Map.of("title", "Andere " + UUID.randomUUID()));
        String otherGoal = addComponent(editor, other, "GOAL", "Ziel", null);
        body.put("componentId", otherGoal);
        addIndicator(editor, other, body);
    }

    @Test
    void letsViewersReadButNotChange() {
        String id = addIndicator(editor, strategy, indicator(goal, "Abfall"));
        as(viewer).get(INDICATORS, strategy).then().statusCode(200).body("id", equalTo(List.of(id)));
        as(viewer)
                .body(indicator(goal, "Vom Betrachter"))
                .post(INDICATORS, strategy)
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("detail", equalTo("You may read this strategy but not change it."));
        as(viewer)
                .header("If-Match", "\"0\"")
                .body(indicator(goal, "Vom Betrachter"))
                .put(INDICATOR, strategy, id)
                .then()
                .statusCode(403);
        as(viewer)
                .header("If-Match", "\"0\"")
                .delete(INDICATOR, strategy, id)
                .then()
                .statusCode(403);
        as(viewer)
                .body(Map.of("observedOn", "2024-12-31", "value", 1))
                .post(VALUES, strategy, id)
                .then()
                .statusCode(403);
        as(viewer)
                .get(INDICATOR, strategy, id)
                .then()
                .body("version", equalTo(0))
                .body("name", equalTo("Abfall"));
    }

    @Test
    void requiresABearerTokenAndAnswersUnknownWith404() {
        given().get(INDICATORS, strategy).then().statusCode(401).contentType(PROBLEM);
        as(editor).get(INDICATORS, UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        as(editor)
                .get(INDICATOR, strategy, UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("detail", equalTo("Indicator does not exist or is not visible to you."));
        as(editor)
                .body(Map.of("observedOn", "2024-12-31", "value", 1))
                .post(VALUES, strategy, UUID.randomUUID())
                .then()
                .statusCode(404);

        String other = Api.createStrategy(editor, Map.of("title", "Andere " + UUID.randomUUID()));
        String otherGoal = addComponent(editor, other, "GOAL", "Ziel", null);
        String elsewhere = addIndicator(editor, other, indicator(otherGoal, "Anderswo"));
        as(editor).get(INDICATOR, strategy, elsewhere).then().statusCode(404);
        as(editor)
                .body(Map.of("observedOn", "2024-12-31", "value", 1))
                .post(VALUES, strategy, elsewhere)
                .then()
                .statusCode(404);
        as(editor)
                .header("If-Match", "\"0\"")
                .delete(INDICATOR, strategy, elsewhere)
                .then()
                .statusCode(404);
        as(editor).get(INDICATOR, other, elsewhere).then().statusCode(200).body("values", empty());
    }
}
