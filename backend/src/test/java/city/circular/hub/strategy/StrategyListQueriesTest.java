package city.circular.hub.strategy;

import static city.circular.hub.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import city.circular.hub.organization.CallerCache;
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

/**
 * A page of strategies costs the same number of SQL statements whether it holds one item or fifty; a read runs its
 * own statements only, the caller's context comes from the per-token cache.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class StrategyListQueriesTest {

    @Inject
    Organizations organizations;

    @Inject
    Statements statements;

    @Inject
    CallerCache callers;

    @Test
    void aReadRunsAtMostTwoStatementsOnceTheTokenIsKnown() {
        organizations.id(Organizations.MUSTERSTADT);
        String viewer = Tokens.member("musterstadt", "viewer");
        String id = Api.createStrategy(Tokens.member("musterstadt", "editor"), Map.of("title", "Eine Strategie"));
        Runnable read = () -> Api.getStrategy(viewer, id).statusCode(200);

        callers.invalidateAll();
        assertEquals(3, statements.cold(read), "a token not seen yet: its organizations, their peers, the record");
        long known = statements.cold(read);
        assertTrue(known <= 2, "statements of a read with a known token: " + known);
        assertEquals(1, known, "the record only");
        assertEquals(known, statements.cold(read), "and so on every further read");
    }

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
        assertEquals(1, large, "the page: the caller's organizations and peers come from the per-token cache");
    }
}
