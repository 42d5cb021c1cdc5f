package city.circular.hub.workshop;

import static city.circular.hub.support.Api.as;
import static city.circular.hub.workshop.WorkshopFixtures.EDITOR;
import static city.circular.hub.workshop.WorkshopFixtures.createStakeholder;
import static city.circular.hub.workshop.WorkshopFixtures.createWorkshop;
import static city.circular.hub.workshop.WorkshopFixtures.register;
import static org.junit.jupiter.api.Assertions.assertEquals;

import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Workshop lists cost the same number of SQL statements for one item as for many. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WorkshopListQueriesTest {

    @Inject
    Organizations organizations;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void listsRunAFixedNumberOfStatements() {
        organizations.id(Organizations.MUSTERSTADT);
        organizations.id(Organizations.NACHBARSTADT);
        // A caller of their own organization, so that other tests' data stays out of the follow-up list.
        String editor = Tokens.member("nachbarstadt", "editor");
        String marker = "queries-" + UUID.randomUUID();
        String crowded = createWorkshop(editor, WorkshopFixtures.workshop(marker + " voll"));
        for (int i = 0; i < 12; i++) {
            String workshop = createWorkshop(editor, WorkshopFixtures.workshop(marker + " " + i));
            String stakeholder = createStakeholder(editor, marker + " Teilnehmer " + i, "BUSINESS");
            as(editor)
                    .body(Map.of("stakeholderId", stakeholder))
                    .post("/api/v1/workshops/{id}/participants", workshop)
                    .then()
                    .statusCode(201);
            as(editor)
                    .body(Map.of("title", "Aufgabe " + i, "dueDate", "2020-01-0" + (1 + i % 9)))
                    .post("/api/v1/workshops/{id}/follow-ups", workshop)
                    .then()
                    .statusCode(201);
            as(editor)
                    .body(Map.of("stakeholderId", stakeholder))
                    .post("/api/v1/workshops/{id}/participants", crowded)
                    .then()
                    .statusCode(201);
        }
        String small = createWorkshop(marker + " klein", 10);
        register(small, createStakeholder(EDITOR, marker + " Einzeln", "BUSINESS"));

        assertEquals(
                statementsFor(() -> as(editor)
                        .queryParam("q", marker)
                        .queryParam("limit", 1)
                        .get("/api/v1/workshops")),
                statementsFor(() -> as(editor)
                        .queryParam("q", marker)
                        .queryParam("limit", 50)
                        .get("/api/v1/workshops")),
                "workshops: a page of 1 and a page of 13");
        assertEquals(
                2,
                statementsFor(() -> as(editor).queryParam("q", marker).get("/api/v1/workshops")),
                "the page, the seat counts (the caller's context is cached)");

        long one = statementsFor(() -> as(EDITOR).get("/api/v1/workshops/{id}/participants", small));
        long many = statementsFor(() -> as(editor).get("/api/v1/workshops/{id}/participants", crowded));
        assertEquals(one, many, "participants: one and twelve");
        assertEquals(2, many, "the workshop, participants with names");

        String nachbarstadt = organizations.id(Organizations.NACHBARSTADT).toString();
        long page = statementsFor(() -> as(editor)
                .queryParam("organizationId", nachbarstadt)
                .queryParam("limit", 50)
                .get("/api/v1/follow-ups"));
        assertEquals(2, page, "the page, the workshop titles");

        assertEquals(
                3,
                statementsFor(() -> as(editor).get("/api/v1/workshops/{id}", crowded)),
                "the workshop, facilitators, agenda");
    }

    /** Counted on the second run, after the first one warmed the caller's cached context. */
    private long statementsFor(Runnable request) {
        request.run();
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }
}
