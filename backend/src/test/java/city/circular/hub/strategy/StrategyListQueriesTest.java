package city.circular.hub.strategy;

import static city.circular.hub.support.Api.as;
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

/** A page of strategies costs the same number of SQL statements whether it holds one item or fifty. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class StrategyListQueriesTest {

    @Inject
    Organizations organizations;

    @Inject
    Statements statements;

    @Test
    void listRunsAFixedNumberOfStatements() {
        organizations.id(Organizations.MUSTERSTADT);
        String editor = Tokens.member("musterstadt", "editor");
        String marker = "queries-" + UUID.randomUUID();
        for (int i = 0; i < 50; i++) {
            Api.createStrategy(editor, Map.of("title", marker + " " + i));
        }
        long small = statements.during(
                () -> as(editor).queryParam("q", marker).queryParam("limit", 1).get("/api/v1/strategies"));
        long large = statements.during(
                () -> as(editor).queryParam("q", marker).queryParam("limit", 50).get("/api/v1/strategies"));
        assertEquals(small, large, "statements for a page of 1 and a page of 50");
        assertEquals(3, large, "caller's organizations, their network peers, the page");
    }
}
