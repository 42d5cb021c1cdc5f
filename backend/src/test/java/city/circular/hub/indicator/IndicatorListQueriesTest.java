package city.circular.hub.indicator;

import static city.circular.hub.support.Api.as;
import static city.circular.hub.support.StrategyParts.INDICATORS;
import static city.circular.hub.support.StrategyParts.addComponent;
import static city.circular.hub.support.StrategyParts.addIndicator;
import static city.circular.hub.support.StrategyParts.addValue;
import static city.circular.hub.support.StrategyParts.indicator;
import static org.junit.jupiter.api.Assertions.assertEquals;

import city.circular.hub.support.Api;
import city.circular.hub.support.Organizations;
import city.circular.hub.support.Statements;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The indicator list costs the same number of SQL statements however many indicators and values it shows. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class IndicatorListQueriesTest {

    @Inject
    Organizations organizations;

    @Inject
    Statements statements;

    @Test
    void listRunsAFixedNumberOfStatements() {
        organizations.id(Organizations.MUSTERSTADT);
        String editor = Tokens.member("musterstadt", "editor");
        String small = Api.createStrategy(editor, Map.of("title", "Klein " + UUID.randomUUID()));
        String large = Api.createStrategy(editor, Map.of("title", "Groß " + UUID.randomUUID()));
        String smallGoal = addComponent(editor, small, "GOAL", "Ziel", null);
        addValue(editor, small, addIndicator(editor, small, indicator(smallGoal, "Einer")), "2022-12-31", 90);
        for (int g = 0; g < 4; g++) {
            String goal = addComponent(editor, large, "GOAL", "Ziel " + g, null);
            for (int i = 0; i < 5; i++) {
                String id = addIndicator(editor, large, indicator(goal, "Indikator " + g + "." + i));
                for (int year = 2021; year <= 2023; year++) {
                    addValue(editor, large, id, year + "-12-31", 100 - (year - 2020) * 3);
                }
            }
        }

        long one =
                statements.during(() -> as(editor).get(INDICATORS, small).then().statusCode(200));
        long twenty =
                statements.during(() -> as(editor).get(INDICATORS, large).then().statusCode(200));
        assertEquals(one, twenty, "statements for 1 indicator and for 20 with 60 values");
        assertEquals(3, twenty, "the strategy, indicators, values (the caller's context is cached)");
    }
}
