package city.circular.hub.strategy;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static city.circular.hub.support.StrategyParts.COMPONENT;
import static city.circular.hub.support.StrategyParts.COMPONENTS;
import static city.circular.hub.support.StrategyParts.INDICATOR;
import static city.circular.hub.support.StrategyParts.INDICATORS;
import static city.circular.hub.support.StrategyParts.MOVE;
import static city.circular.hub.support.StrategyParts.VALUES;
import static city.circular.hub.support.StrategyParts.addComponent;
import static city.circular.hub.support.StrategyParts.addIndicator;
import static city.circular.hub.support.StrategyParts.addValue;
import static city.circular.hub.support.StrategyParts.component;
import static city.circular.hub.support.StrategyParts.indicator;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import city.circular.hub.support.Api;
import city.circular.hub.support.IsolationCaller;
import city.circular.hub.support.Organizations;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Components and indicators follow their strategy: whoever may read the strategy reads them, whoever may change it
 * changes them; the rest get 404 on every operation, as if the strategy did not exist, and nothing changes.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class StrategyPartsIsolationTest {

    @Inject
    Organizations organizations;

    @BeforeEach
    void organizations() {
        organizations.id(Organizations.MUSTERSTADT);
    }

    record Parts(String strategy, String goal, String child, String indicator, String value) {}

    private static Parts ownedParts(String visibility) {
        String owner = IsolationCaller.OWNER_EDITOR.token;
        String strategy = Api.createStrategy(
                owner, Map.of("title", "Teile " + visibility + " " + UUID.randomUUID(), "visibility", visibility));
        String goal = addComponent(owner, strategy, "GOAL", "Ziel", null);
        String child = addComponent(owner, strategy, "INSTRUMENT", "Instrument", goal);
        String indicator = addIndicator(owner, strategy, indicator(goal, "Abfall"));
        addValue(owner, strategy, indicator, "2022-12-31", 95);
        String value =
                as(owner).get(INDICATOR, strategy, indicator).then().extract().path("values[0].id");
        return new Parts(strategy, goal, child, indicator, value);
    }

    @ParameterizedTest(name = "{0} on the parts of a {1} strategy")
    @MethodSource("city.circular.hub.strategy.TenantIsolationTest#matrix")
    void followsTheStrategysReadAndWriteRules(IsolationCaller caller, String visibility) {
        Parts p = ownedParts(visibility);
        boolean reads = caller.reads(visibility);
        boolean writes = reads && caller.writes;
        int read = reads ? 200 : 404;
        int denied = reads ? 403 : 404;

        as(caller.token).get(COMPONENTS, p.strategy()).then().statusCode(read);
        as(caller.token).get(COMPONENT, p.strategy(), p.goal()).then().statusCode(read);
        as(caller.token).get(INDICATORS, p.strategy()).then().statusCode(read);
        as(caller.token).get(INDICATOR, p.strategy(), p.indicator()).then().statusCode(read);

        expect(
                writes,
                201,
                denied,
                as(caller.token).body(component("PRODUCT", "Neu", null)).post(COMPONENTS, p.strategy()));
        expect(
                writes,
                200,
                denied,
                as(caller.token)
                        .header("If-Match", "*")
                        .body(component("GOAL", "Übernommen", null))
                        .put(COMPONENT, p.strategy(), p.goal()));
        expect(
                writes,
                200,
                denied,
                as(caller.token)
                        .header("If-Match", "*")
                        .body(Map.of("position", 0))
                        .post(MOVE, p.strategy(), p.child()));
        expect(
                writes,
                201,
                denied,
                as(caller.token).body(indicator(p.goal(), "Neu")).post(INDICATORS, p.strategy()));
        expect(
                writes,
                200,
                denied,
                as(caller.token)
                        .header("If-Match", "*")
                        .body(indicator(p.goal(), "Übernommen"))
                        .put(INDICATOR, p.strategy(), p.indicator()));
        expect(
                writes,
                201,
                denied,
                as(caller.token)
                        .body(Map.of("observedOn", "2023-12-31", "value", 1))
                        .post(VALUES, p.strategy(), p.indicator()));
        expect(
                writes,
                200,
                denied,
                as(caller.token)
                        .header("If-Match", "*")
                        .delete(VALUES + "/{valueId}", p.strategy(), p.indicator(), p.value()));
        expect(
                writes,
                204,
                denied,
                as(caller.token).header("If-Match", "*").delete(INDICATOR, p.strategy(), p.indicator()));
        expect(writes, 204, denied, as(caller.token).header("If-Match", "*").delete(COMPONENT, p.strategy(), p.goal()));

        if (!writes) {
            String owner = IsolationCaller.OWNER_EDITOR.token;
            as(owner)
                    .get(COMPONENTS, p.strategy())
                    .then()
                    .body("items.id", equalTo(List.of(p.goal(), p.child())))
                    .body("items.title", equalTo(List.of("Ziel", "Instrument")))
                    .body("items.version", equalTo(List.of(0, 0)));
            as(owner)
                    .get(INDICATOR, p.strategy(), p.indicator())
                    .then()
                    .body("name", equalTo("Abfall"))
                    .body("version", equalTo(1))
                    .body("values", hasSize(1));
            as(owner).get(INDICATORS, p.strategy()).then().body("", hasSize(1));
        }
    }

    private static void expect(boolean allowed, int success, int denied, Response response) {
        response.then().statusCode(allowed ? success : denied);
        if (!allowed) {
            response.then().contentType(PROBLEM);
        }
    }
}
