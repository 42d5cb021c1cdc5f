package city.circular.hub.workshop;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static city.circular.hub.workshop.WorkshopFixtures.EDITOR;
import static city.circular.hub.workshop.WorkshopFixtures.OTHER;
import static city.circular.hub.workshop.WorkshopFixtures.VIEWER;
import static city.circular.hub.workshop.WorkshopFixtures.createWorkshop;
import static city.circular.hub.workshop.WorkshopFixtures.workshop;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import city.circular.hub.support.Api;
import city.circular.hub.support.Organizations;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WorkshopOutcomeTest {

    private static final String OUTCOMES = "/api/v1/workshops/{id}/outcomes";
    private static final String OUTCOME = "/api/v1/workshops/{id}/outcomes/{o}";

    @Inject
    Organizations organizations;

    String workshop;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
        workshop = createWorkshop("Ergebnisse", 30);
    }

    static Map<String, Object> outcome(String type, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("text", text);
        return body;
    }

    private String create(Map<String, Object> body) {
        return as(EDITOR)
                .body(body)
                .post(OUTCOMES, workshop)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void recordsReadsUpdatesAndDeletesOutcomes() {
        Map<String, Object> proposal = outcome("PROJECT_PROPOSAL", "Bauteilbörse für Rückbaumaterial");
        proposal.put("votes", 12);
        proposal.put("priority", 1);
        var created = as(EDITOR)
                .body(proposal)
                .post(OUTCOMES, workshop)
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("workshopId", equalTo(workshop))
                .body("type", equalTo("PROJECT_PROPOSAL"))
                .body("text", equalTo("Bauteilbörse für Rückbaumaterial"))
                .body("votes", equalTo(12))
                .body("priority", equalTo(1))
                .body("convertedTo", nullValue())
                .body("createdBy", equalTo("musterstadt-editor"))
                .extract();
        String id = created.path("id");
        created.response().then().header("Location", endsWith("/api/v1/workshops/" + workshop + "/outcomes/" + id));
        String risk = create(outcome("RISK", "Zu wenig Lagerfläche"));
        as(VIEWER)
                .get(OUTCOMES, workshop)
                .then()
                .statusCode(200)
                .body("workshopId", equalTo(workshop))
                .body("items.id", equalTo(List.of(id, risk)))
                .body("items[1].votes", equalTo(0))
                .body("items[1].priority", nullValue());
        as(VIEWER).get(OUTCOME, workshop, id).then().statusCode(200).header("ETag", "\"0\"");

        Map<String, Object> change = outcome("IDEA", "Bauteilbörse, auch für Private");
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(change)
                .put(OUTCOME, workshop, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("type", equalTo("IDEA"))
                .body("votes", equalTo(0))
                .body("priority", nullValue());
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(change)
                .put(OUTCOME, workshop, id)
                .then()
                .statusCode(412);
        as(EDITOR).body(change).put(OUTCOME, workshop, id).then().statusCode(428);
        as(VIEWER)
                .header("If-Match", "\"1\"")
                .body(change)
                .put(OUTCOME, workshop, id)
                .then()
                .statusCode(403);
        as(OTHER)
                .header("If-Match", "\"1\"")
                .body(change)
                .put(OUTCOME, workshop, id)
                .then()
                .statusCode(404);
        as(OTHER).get(OUTCOME, workshop, id).then().statusCode(404);
        as(OTHER).get(OUTCOMES, workshop).then().statusCode(404).contentType(PROBLEM);
        as(VIEWER).body(change).post(OUTCOMES, workshop).then().statusCode(403);
        as(OTHER).body(change).post(OUTCOMES, workshop).then().statusCode(404);

        as(VIEWER)
                .header("If-Match", "\"1\"")
                .delete(OUTCOME, workshop, id)
                .then()
                .statusCode(403);
        as(EDITOR).delete(OUTCOME, workshop, id).then().statusCode(428);
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .delete(OUTCOME, workshop, id)
                .then()
                .statusCode(204);
        as(EDITOR).get(OUTCOME, workshop, id).then().statusCode(404);
        String elsewhere = createWorkshop("Anderswo", 30);
        as(EDITOR).get(OUTCOME, elsewhere, risk).then().statusCode(404);
    }

    @Test
    void rejectsInvalidOutcomes() {
        Map<String, Object> bad = outcome(null, " ");
        bad.put("votes", -1);
        bad.put("priority", 6);
        as(EDITOR)
                .body(bad)
                .post(OUTCOMES, workshop)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("priority", "text", "type", "votes")));
        as(EDITOR)
                .body(outcome("WISH", "Ein Wunsch"))
                .post(OUTCOMES, workshop)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("type"));
    }

    @Test
    void convertsAProjectProposalIntoAStarterProjectKeepingTheLinkBothWays() {
        String strategy = Api.createStrategy(EDITOR, Map.of("title", "Strategie mit Projekten"));
        Map<String, Object> body = workshop("Projektentwicklung");
        body.put("purpose", "PROJECT_DEVELOPMENT");
        body.put("strategyId", strategy);
        String developed = createWorkshop(EDITOR, body);
        String outcomes = "/api/v1/workshops/" + developed + "/outcomes";
        String proposal = as(EDITOR)
                .body(outcome("PROJECT_PROPOSAL", "Bauteilbörse für Rückbaumaterial aus städtischen Gebäuden"))
                .post(outcomes)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        Map<String, Object> conversion = Map.of(
                "target", "STARTER_PROJECT",
                "title", "Bauteilbörse Musterstadt",
                "fieldsOfAction", List.of("CONSTRUCTION_BUILDINGS"));
        as(EDITOR)
                .body(conversion)
                .post(outcomes + "/{o}/convert", proposal)
                .then()
                .statusCode(428);
        var converted = as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(conversion)
                .post(outcomes + "/{o}/convert", proposal)
                .then()
                .statusCode(201)
                .body("outcome.id", equalTo(proposal))
                .body("outcome.version", equalTo(1))
                .body("outcome.convertedTo.kind", equalTo("STARTER_PROJECT"))
                .body("starterProject.title", equalTo("Bauteilbörse Musterstadt"))
                .body("starterProject.summary", equalTo("Bauteilbörse für Rückbaumaterial aus städtischen Gebäuden"))
                .body("starterProject.status", equalTo("IDEA"))
                .body("starterProject.strategyId", equalTo(strategy))
                .body("starterProject.fieldsOfAction", equalTo(List.of("CONSTRUCTION_BUILDINGS")))
                .body("starterProject.originOutcomeId", equalTo(proposal))
                .body("starterProject.originNote", equalTo("Workshop \"Projektentwicklung\", 2026-03-10"))
                .extract();
        String project = converted.path("starterProject.id");
        converted.response().then().header("Location", endsWith("/api/v1/starter-projects/" + project));
        as(VIEWER)
                .get(outcomes + "/{o}", proposal)
                .then()
                .body("convertedTo", equalTo(Map.of("kind", "STARTER_PROJECT", "id", project)));
        as(VIEWER)
                .get("/api/v1/starter-projects/{id}", project)
                .then()
                .statusCode(200)
                .body("originOutcomeId", equalTo(proposal));

        as(EDITOR)
                .header("If-Match", "\"1\"")
                .body(conversion)
                .post(outcomes + "/{o}/convert", proposal)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("detail", equalTo("This outcome already became a starter project (" + project + ")."));
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .delete(outcomes + "/{o}", proposal)
                .then()
                .statusCode(422)
                .body(
                        "detail",
                        equalTo("This outcome became a starter project (" + project + ") and stays as its origin."));

        // Deleting the workshop keeps the project, which then has no origin any more.
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/workshops/{id}", developed)
                .then()
                .statusCode(204);
        as(EDITOR)
                .get("/api/v1/starter-projects/{id}", project)
                .then()
                .statusCode(200)
                .body("originOutcomeId", nullValue());
    }

    @Test
    void convertsOnlyIdeasAndProposalsIntoStarterProjectsAndOnlyForEditors() {
        String risk = create(outcome("RISK", "Zu wenig Lagerfläche"));
        String idea = create(outcome("IDEA", "x".repeat(250)));
        String convert = "/api/v1/workshops/{id}/outcomes/{o}/convert";
        Map<String, Object> toProject = Map.of("target", "STARTER_PROJECT");
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(toProject)
                .post(convert, workshop, risk)
                .then()
                .statusCode(422)
                .body(
                        "detail",
                        equalTo("Only ideas and project proposals become starter projects; this outcome is a RISK."));
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(Map.of("target", "GOAL"))
                .post(convert, workshop, idea)
                .then()
                .statusCode(422)
                .body("detail", equalTo("Only goal proposals become goals; this outcome is a IDEA."));
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(Map.of())
                .post(convert, workshop, idea)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("target"));
        as(EDITOR)
                .header("If-Match", "\"5\"")
                .body(toProject)
                .post(convert, workshop, idea)
                .then()
                .statusCode(412);
        as(VIEWER)
                .header("If-Match", "\"0\"")
                .body(toProject)
                .post(convert, workshop, idea)
                .then()
                .statusCode(403);
        as(OTHER)
                .header("If-Match", "\"0\"")
                .body(toProject)
                .post(convert, workshop, idea)
                .then()
                .statusCode(404);
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(toProject)
                .post(convert, workshop, UUID.randomUUID())
                .then()
                .statusCode(404);
        String title = as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(toProject)
                .post(convert, workshop, idea)
                .then()
                .statusCode(201)
                .body("starterProject.strategyId", nullValue())
                .extract()
                .path("starterProject.title");
        org.junit.jupiter.api.Assertions.assertEquals("x".repeat(199) + "…", title);
    }

    @Test
    void convertsAGoalProposalIntoAGoalAtTheEndOfTheStrategysTopLevel() {
        String strategy = Api.createStrategy(EDITOR, Map.of("title", "Strategie mit Zielen"));
        String components = "/api/v1/strategies/" + strategy + "/components";
        String vision = as(EDITOR)
                .body(Map.of("type", "VISION", "title", "Kreislaufstadt 2040"))
                .post(components)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> body = workshop("Zielworkshop");
        body.put("purpose", "VISION");
        body.put("strategyId", strategy);
        String goalSetting = createWorkshop(EDITOR, body);
        String outcomes = "/api/v1/workshops/" + goalSetting + "/outcomes";
        String text = "Rückbaumaterial aus städtischen Gebäuden wird bis 2030 zur Hälfte wiederverwendet";
        String proposal = as(EDITOR)
                .body(outcome("GOAL_PROPOSAL", text))
                .post(outcomes)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String idea = as(EDITOR)
                .body(outcome("IDEA", "Reparaturcafés in jeder Stadtteilbibliothek"))
                .post(outcomes)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String convert = outcomes + "/{o}/convert";
        // Fields of action belong to projects; a goal ignores them.
        Map<String, Object> toGoal = Map.of("target", "GOAL", "fieldsOfAction", List.of("CONSTRUCTION_BUILDINGS"));

        as(EDITOR).body(toGoal).post(convert, proposal).then().statusCode(428);
        as(EDITOR)
                .header("If-Match", "\"3\"")
                .body(toGoal)
                .post(convert, proposal)
                .then()
                .statusCode(412);
        as(VIEWER)
                .header("If-Match", "\"0\"")
                .body(toGoal)
                .post(convert, proposal)
                .then()
                .statusCode(403);
        as(OTHER)
                .header("If-Match", "\"0\"")
                .body(toGoal)
                .post(convert, proposal)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(toGoal)
                .post(convert, idea)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("detail", equalTo("Only goal proposals become goals; this outcome is a IDEA."));
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(Map.of("target", "STARTER_PROJECT"))
                .post(convert, proposal)
                .then()
                .statusCode(422)
                .body(
                        "detail",
                        equalTo("Only ideas and project proposals become starter projects; this outcome is a "
                                + "GOAL_PROPOSAL."));

        var converted = as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(toGoal)
                .post(convert, proposal)
                .then()
                .statusCode(201)
                .body("outcome.id", equalTo(proposal))
                .body("outcome.version", equalTo(1))
                .body("outcome.convertedTo.kind", equalTo("GOAL"))
                .body("starterProject", nullValue())
                .body("goal.strategyId", equalTo(strategy))
                .body("goal.type", equalTo("GOAL"))
                .body("goal.parentId", nullValue())
                .body("goal.position", equalTo(1))
                .body("goal.depth", equalTo(0))
                .body("goal.title", equalTo(text))
                .body("goal.description", equalTo(text))
                .body("goal.status", equalTo("DRAFT"))
                .body("goal.originOutcomeId", equalTo(proposal))
                .body("goal.createdBy", equalTo("musterstadt-editor"))
                .extract();
        String goal = converted.path("goal.id");
        converted.response().then().header("Location", endsWith(components + "/" + goal));
        as(VIEWER)
                .get(outcomes + "/{o}", proposal)
                .then()
                .body("convertedTo", equalTo(Map.of("kind", "GOAL", "id", goal)));
        as(VIEWER)
                .get(components)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(vision, goal)))
                .body("items[0].originOutcomeId", nullValue())
                .body("items[1].originOutcomeId", equalTo(proposal))
                .body("completeness.presentTypes", hasItem("GOAL"));
        as(VIEWER)
                .get(components + "/{c}", goal)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("originOutcomeId", equalTo(proposal));

        as(EDITOR)
                .header("If-Match", "\"1\"")
                .body(toGoal)
                .post(convert, proposal)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("detail", equalTo("This outcome already became a goal (" + goal + ")."));
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .delete(outcomes + "/{o}", proposal)
                .then()
                .statusCode(422)
                .body("detail", equalTo("This outcome became a goal (" + goal + ") and stays as its origin."));

        // Deleting the workshop keeps the goal, which then has no origin any more.
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/workshops/{id}", goalSetting)
                .then()
                .statusCode(204);
        as(EDITOR).get(components + "/{c}", goal).then().statusCode(200).body("originOutcomeId", nullValue());
    }

    @Test
    void anOutcomeWhoseStarterProjectWasDeletedCanBeConvertedAgainAndDeleted() {
        String idea = create(outcome("IDEA", "Reparaturcafés in jeder Stadtteilbibliothek"));
        String convert = "/api/v1/workshops/{id}/outcomes/{o}/convert";
        String project = as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(Map.of("target", "STARTER_PROJECT"))
                .post(convert, workshop, idea)
                .then()
                .statusCode(201)
                .extract()
                .path("starterProject.id");

        as(EDITOR)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/starter-projects/{id}", project)
                .then()
                .statusCode(204);
        // The database forgets the link without raising the outcome's version.
        as(VIEWER)
                .get(OUTCOME, workshop, idea)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("convertedTo", nullValue());
        as(VIEWER)
                .get(OUTCOMES, workshop)
                .then()
                .body("items.find { it.id == '" + idea + "' }.convertedTo", nullValue());

        String again = as(EDITOR)
                .header("If-Match", "\"1\"")
                .body(Map.of("target", "STARTER_PROJECT", "title", "Reparaturcafés"))
                .post(convert, workshop, idea)
                .then()
                .statusCode(201)
                .body("outcome.version", equalTo(2))
                .body("starterProject.originOutcomeId", equalTo(idea))
                .extract()
                .path("starterProject.id");
        as(VIEWER)
                .get(OUTCOME, workshop, idea)
                .then()
                .body("convertedTo", equalTo(Map.of("kind", "STARTER_PROJECT", "id", again)));
        as(EDITOR)
                .header("If-Match", "\"2\"")
                .delete(OUTCOME, workshop, idea)
                .then()
                .statusCode(422);

        as(EDITOR)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/starter-projects/{id}", again)
                .then()
                .statusCode(204);
        as(EDITOR)
                .header("If-Match", "\"2\"")
                .delete(OUTCOME, workshop, idea)
                .then()
                .statusCode(204);
        as(EDITOR).get(OUTCOME, workshop, idea).then().statusCode(404);
    }

    @Test
    void anOutcomeWhoseGoalWasDeletedOnItsOwnOrWithItsStrategyCanBeConvertedAgainAndDeleted() {
        String strategy = Api.createStrategy(EDITOR, Map.of("title", "Strategie mit vergänglichen Zielen"));
        String components = "/api/v1/strategies/" + strategy + "/components";
        Map<String, Object> body = workshop("Zielworkshop");
        body.put("purpose", "VISION");
        body.put("strategyId", strategy);
        String goalSetting = createWorkshop(EDITOR, body);
        String outcomes = "/api/v1/workshops/" + goalSetting + "/outcomes";
        String proposal = as(EDITOR)
                .body(outcome("GOAL_PROPOSAL", "Restmüll bis 2030 halbieren"))
                .post(outcomes)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String convert = outcomes + "/{o}/convert";
        String goal = as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(Map.of("target", "GOAL"))
                .post(convert, proposal)
                .then()
                .statusCode(201)
                .extract()
                .path("goal.id");

        as(EDITOR)
                .header("If-Match", "\"0\"")
                .delete(components + "/{c}", goal)
                .then()
                .statusCode(204);
        as(VIEWER)
                .get(outcomes + "/{o}", proposal)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("convertedTo", nullValue());

        String again = as(EDITOR)
                .header("If-Match", "\"1\"")
                .body(Map.of("target", "GOAL", "title", "Restmüll halbieren"))
                .post(convert, proposal)
                .then()
                .statusCode(201)
                .body("outcome.convertedTo.kind", equalTo("GOAL"))
                .body("goal.originOutcomeId", equalTo(proposal))
                .extract()
                .path("goal.id");
        as(VIEWER)
                .get(outcomes + "/{o}", proposal)
                .then()
                .body("convertedTo", equalTo(Map.of("kind", "GOAL", "id", again)));

        // Deleting the strategy takes its goals along, and the outcome forgets this one, too.
        as(EDITOR)
                .header("If-Match", "*")
                .delete("/api/v1/strategies/{id}", strategy)
                .then()
                .statusCode(204);
        as(EDITOR).get(components + "/{c}", again).then().statusCode(404);
        as(VIEWER)
                .get(outcomes + "/{o}", proposal)
                .then()
                .header("ETag", "\"2\"")
                .body("convertedTo", nullValue());
        as(EDITOR)
                .header("If-Match", "\"2\"")
                .delete(outcomes + "/{o}", proposal)
                .then()
                .statusCode(204);
        as(EDITOR).get(outcomes + "/{o}", proposal).then().statusCode(404);
    }

    @Test
    void convertsIntoAGoalOnlyWhenTheWorkshopHasAStrategy() {
        String proposal = create(outcome("GOAL_PROPOSAL", "Weniger Restmüll"));
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(Map.of("target", "GOAL", "title", "Restmüll halbieren"))
                .post("/api/v1/workshops/{id}/outcomes/{o}/convert", workshop, proposal)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body(
                        "detail",
                        equalTo("The workshop has no strategy to add the goal to: link the workshop to a strategy "
                                + "first."));
        as(VIEWER)
                .get(OUTCOME, workshop, proposal)
                .then()
                .header("ETag", "\"0\"")
                .body("convertedTo", nullValue());
    }
}
