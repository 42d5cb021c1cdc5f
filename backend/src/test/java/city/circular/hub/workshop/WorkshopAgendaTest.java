package city.circular.hub.workshop;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static city.circular.hub.workshop.WorkshopFixtures.EDITOR;
import static city.circular.hub.workshop.WorkshopFixtures.OTHER;
import static city.circular.hub.workshop.WorkshopFixtures.VIEWER;
import static city.circular.hub.workshop.WorkshopFixtures.createWorkshop;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import city.circular.hub.support.Organizations;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agenda is replaced as a whole, its times follow from the workshop's start, and it must fit the workshop. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WorkshopAgendaTest {

    private static final Map<String, Object> AGENDA = Map.of(
            "items",
            List.of(
                    Map.of("title", "Begrüßung", "durationMinutes", 15, "responsible", "Oberbürgermeisterin"),
                    Map.of(
                            "title",
                            "Ideen sammeln",
                            "durationMinutes",
                            90,
                            "method",
                            "World Café",
                            "responsible",
                            "Wuppertal Institut",
                            "expectedOutput",
                            "Ideenliste je Handlungsfeld"),
                    Map.of("title", "Priorisieren", "durationMinutes", 75, "method", "Punktabfrage")));

    @Inject
    Organizations organizations;

    String workshop;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
        workshop = createWorkshop("Mit Agenda", 30);
    }

    @Test
    void replacesAgendaAndComputesEachItemsTimes() {
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(AGENDA)
                .put("/api/v1/workshops/{id}/agenda", workshop)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("workshopId", equalTo(workshop))
                .body("startsAt", equalTo("2026-03-10T09:00:00Z"))
                .body("endsAt", equalTo("2026-03-10T12:00:00Z"))
                .body("availableMinutes", equalTo(180))
                .body("plannedMinutes", equalTo(180))
                .body("items.position", equalTo(List.of(1, 2, 3)))
                .body("items.title", equalTo(List.of("Begrüßung", "Ideen sammeln", "Priorisieren")))
                .body(
                        "items.startsAt",
                        equalTo(List.of("2026-03-10T09:00:00Z", "2026-03-10T09:15:00Z", "2026-03-10T10:45:00Z")))
                .body(
                        "items.endsAt",
                        equalTo(List.of("2026-03-10T09:15:00Z", "2026-03-10T10:45:00Z", "2026-03-10T12:00:00Z")))
                .body("items[1].method", equalTo("World Café"))
                .body("items[1].expectedOutput", equalTo("Ideenliste je Handlungsfeld"))
                .body("items[0].method", nullValue());
        as(VIEWER)
                .get("/api/v1/workshops/{id}/agenda", workshop)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("items.durationMinutes", equalTo(List.of(15, 90, 75)));
        as(VIEWER)
                .get("/api/v1/workshops/{id}", workshop)
                .then()
                .header("ETag", "\"1\"")
                .body("agenda.items[2].startsAt", equalTo("2026-03-10T10:45:00Z"));

        // Moving the workshop moves the agenda with it.
        Map<String, Object> later = WorkshopFixtures.workshop("Mit Agenda");
        later.put("startsAt", "2026-03-10T13:00:00Z");
        later.put("endsAt", "2026-03-10T16:30:00Z");
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .body(later)
                .put("/api/v1/workshops/{id}", workshop)
                .then()
                .statusCode(200)
                .body("agenda.items[1].startsAt", equalTo("2026-03-10T13:15:00Z"))
                .body("agenda.availableMinutes", equalTo(210));

        as(EDITOR)
                .header("If-Match", "\"2\"")
                .body(Map.of("items", List.of()))
                .put("/api/v1/workshops/{id}/agenda", workshop)
                .then()
                .statusCode(200)
                .header("ETag", "\"3\"")
                .body("plannedMinutes", equalTo(0))
                .body("items.size()", equalTo(0));
    }

    @Test
    void refusesAnAgendaLongerThanTheWorkshopAndChangesNothing() {
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(AGENDA)
                .put("/api/v1/workshops/{id}/agenda", workshop)
                .then()
                .statusCode(200);
        Map<String, Object> tooLong = Map.of(
                "items",
                List.of(
                        Map.of("title", "Begrüßung", "durationMinutes", 15),
                        Map.of("title", "Ideen sammeln", "durationMinutes", 120),
                        Map.of("title", "Priorisieren", "durationMinutes", 60)));
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .body(tooLong)
                .put("/api/v1/workshops/{id}/agenda", workshop)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/rule-violation"))
                .body("detail", equalTo("The agenda takes 195 minutes; the workshop has 180."))
                .body("instance", equalTo("/api/v1/workshops/" + workshop + "/agenda"));
        as(EDITOR)
                .get("/api/v1/workshops/{id}/agenda", workshop)
                .then()
                .header("ETag", "\"1\"")
                .body("plannedMinutes", equalTo(180))
                .body("items.durationMinutes", equalTo(List.of(15, 90, 75)));
    }

    @Test
    void rejectsInvalidItemsAndEnforcesVersionsAndRoles() {
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "items",
                        List.of(
                                Map.of("title", "", "durationMinutes", 0),
                                Map.of("title", "Zu lang", "durationMinutes", 601))))
                .put("/api/v1/workshops/{id}/agenda", workshop)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body(
                        "errors.field",
                        equalTo(List.of("items[0].durationMinutes", "items[0].title", "items[1].durationMinutes")));
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(Map.of())
                .put("/api/v1/workshops/{id}/agenda", workshop)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("items"));
        as(EDITOR)
                .body(AGENDA)
                .put("/api/v1/workshops/{id}/agenda", workshop)
                .then()
                .statusCode(428);
        as(EDITOR)
                .header("If-Match", "\"7\"")
                .body(AGENDA)
                .put("/api/v1/workshops/{id}/agenda", workshop)
                .then()
                .statusCode(412);
        as(VIEWER)
                .header("If-Match", "\"0\"")
                .body(AGENDA)
                .put("/api/v1/workshops/{id}/agenda", workshop)
                .then()
                .statusCode(403);
        as(OTHER)
                .header("If-Match", "\"0\"")
                .body(AGENDA)
                .put("/api/v1/workshops/{id}/agenda", workshop)
                .then()
                .statusCode(404);
        as(OTHER).get("/api/v1/workshops/{id}/agenda", workshop).then().statusCode(404);
        as(EDITOR)
                .get("/api/v1/workshops/{id}/agenda", workshop)
                .then()
                .header("ETag", "\"0\"")
                .body("items.size()", equalTo(0));
    }
}
