package city.circular.hub.component;

import static city.circular.hub.support.Api.as;
import static city.circular.hub.support.StrategyParts.COMPONENTS;
import static city.circular.hub.support.StrategyParts.addComponent;
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

/** An outline costs the same number of SQL statements whether it holds one component or thirty. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class OutlineQueriesTest {

    @Inject
    Organizations organizations;

    @Inject
    Statements statements;

    @Test
    void outlineRunsAFixedNumberOfStatements() {
        organizations.id(Organizations.MUSTERSTADT);
        String editor = Tokens.member("musterstadt", "editor");
        String small = Api.createStrategy(editor, Map.of("title", "Klein " + UUID.randomUUID()));
        String large = Api.createStrategy(editor, Map.of("title", "Groß " + UUID.randomUUID()));
        addComponent(editor, small, "VISION", "Leitbild", null);
        String parent = null;
        for (int i = 0; i < 30; i++) {
            // Five levels deep, then back to the top: depth and order come from the one list.
            parent = addComponent(editor, large, "GOAL", "Ziel " + i, i % 5 == 0 ? null : parent);
        }

        long one =
                statements.during(() -> as(editor).get(COMPONENTS, small).then().statusCode(200));
        long thirty =
                statements.during(() -> as(editor).get(COMPONENTS, large).then().statusCode(200));
        assertEquals(one, thirty, "statements for an outline of 1 and of 30");
        assertEquals(2, thirty, "the strategy, its components (the caller's context is cached)");
    }
}
