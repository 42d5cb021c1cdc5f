package city.circular.hub.demo;

import static city.circular.hub.support.Api.as;
import static city.circular.hub.support.StrategyParts.INDICATORS;
import static city.circular.hub.support.StrategyParts.outline;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo data as a fresh start-up creates it: after the organizations and strategies, their content. */
@QuarkusTest
@TestProfile(StrategyContentDemoTest.DemoDataOn.class)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class StrategyContentDemoTest {

    private static final String VERSIONS = "/api/v1/strategies/{id}/versions";

    public static class DemoDataOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cch.demo-data", "true");
        }
    }

    @Inject
    StrategyContentDemo demo;

    @Test
    void fillsMusterstadtsStrategyOnceWithACompleteOutlineAndMeasuredGoals() {
        String viewer = Tokens.member("musterstadt", "viewer");
        String strategy = as(viewer)
                .queryParam("q", StrategyContentDemo.STRATEGY_TITLE)
                .get("/api/v1/strategies")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .extract()
                .path("items[0].id");

        int components = outline(viewer, strategy)
                .body("completeness.percent", equalTo(100))
                .body("items[0].type", equalTo("VISION"))
                .body("items[0].title", equalTo("Musterstadt 2040: eine Stadt ohne Abfall"))
                .body("items.findAll { it.type == 'GOAL' }.depth", equalTo(List.of(1, 1, 1)))
                .body(
                        "items.findAll { it.type == 'GOAL' }.sdgTargets.flatten().code.unique()",
                        equalTo(List.of("11.6", "12.5", "12.7", "13.2")))
                .body(
                        "items.findAll { it.type == 'GOAL' }.localGoals.flatten().name",
                        everyItem(equalTo("Klimaneutrales Musterstadt 2035")))
                .body("items.findAll { it.type == 'INSTRUMENT' }.depth", everyItem(equalTo(1)))
                .extract()
                .path("items.size()");

        as(viewer)
                .get(INDICATORS, strategy)
                .then()
                .statusCode(200)
                .body(
                        "name",
                        equalTo(List.of("Siedlungsabfall pro Kopf", "Zirkuläre Beschaffungsquote", "CO2e Bausektor")))
                .body("direction", equalTo(List.of("DECREASE", "INCREASE", "DECREASE")))
                .body("targets.collect { it.size() }", equalTo(List.of(2, 2, 2)))
                .body("values.collect { it.size() }", equalTo(List.of(5, 5, 5)))
                .body("progress.status", equalTo(List.of("ON_TRACK", "ON_TRACK", "OFF_TRACK")))
                .body("progress.percent", equalTo(List.of(90.4f, 76.7f, 47.6f)));

        demo.load(null);
        outline(viewer, strategy).body("items", hasSize(components));
        as(viewer).get(INDICATORS, strategy).then().body("", hasSize(3));
    }

    @Test
    void adoptsTheStrategyTwiceSoThatANewUserHasTwoVersionsToCompare() {
        String viewer = Tokens.member("musterstadt", "viewer");
        String strategy = as(viewer)
                .queryParam("q", StrategyContentDemo.STRATEGY_TITLE)
                .get("/api/v1/strategies")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        as(viewer)
                .get("/api/v1/strategies/{id}", strategy)
                .then()
                .statusCode(200)
                .body("status", equalTo("ADOPTED"))
                .body("adoption.reference", equalTo("Drucksache 0815/2025"));
        as(viewer)
                .get(VERSIONS, strategy)
                .then()
                .statusCode(200)
                .body("items.number", equalTo(List.of(2, 1)))
                .body("items.decisionReference", equalTo(List.of("Drucksache 0815/2025", "Drucksache 0217/2024")))
                .body("items.adoptedBy", everyItem(equalTo("demo-data")));

        String platform = "Gebrauchtwaren- und Bauteilplattform";
        String procurementTargets =
                "outline.indicators.find { it.name == 'Zirkuläre Beschaffungsquote' }.targets.value";
        as(viewer)
                .get(VERSIONS + "/1", strategy)
                .then()
                .statusCode(200)
                .body("outline.components.title", not(hasItem(platform)))
                .body(procurementTargets, equalTo(List.of(18, 25)));
        int components = outline(viewer, strategy).extract().path("items.size()");
        as(viewer)
                .get(VERSIONS + "/2", strategy)
                .then()
                .statusCode(200)
                .body("outline.components", hasSize(components))
                .body("outline.components.title", hasItem(platform))
                .body(procurementTargets, equalTo(List.of(18, 30)));
    }
}
