package city.circular.hub.workshop;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every organization keeps its own clock (IANA zone, from its country unless named): its workshops carry it, and
 * whether a follow-up is overdue is decided on the workshop's clock, not on one zone for every country. Kiritimati
 * (UTC+14) and Pago Pago (UTC-11) are always at least a day apart, so one due date is overdue on one clock and not
 * on the other.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class OrganizationClockTest {

    private static final ZoneId EARLY = ZoneId.of("Pacific/Kiritimati");
    private static final ZoneId LATE = ZoneId.of("Pacific/Pago_Pago");

    @Inject
    Organizations organizations;

    @Test
    void theZoneComesFromTheCountryOrIsNamedAndChecked() {
        organizations.id(Organizations.MUSTERSTADT);
        String suffix = suffix();
        organization("nuuk-" + suffix, "GL", null).statusCode(201).body("timeZone", equalTo("America/Nuuk"));
        organization("aarhus-" + suffix, "DK", null).statusCode(201).body("timeZone", equalTo("Europe/Copenhagen"));
        organization("malmo-" + suffix, "SE", "Europe/Stockholm")
                .statusCode(201)
                .body("timeZone", equalTo("Europe/Stockholm"));
        organization("lund-" + suffix, "SE", null)
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("timeZone"));
        organization("mars-" + suffix, "DE", "Mars/Olympus_Mons")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("timeZone"));
        as(Tokens.platformAdmin())
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("items.slug", not(hasItem("lund-" + suffix)))
                .body("items.slug", not(hasItem("mars-" + suffix)));
    }

    @Test
    void workshopsCarryTheirOrganizationsClock() {
        organizations.id(Organizations.MUSTERSTADT);
        String danish = WorkshopFixtures.createWorkshop(WorkshopFixtures.OTHER, WorkshopFixtures.workshop("Værksted"));
        as(WorkshopFixtures.OTHER)
                .get("/api/v1/workshops/{id}", danish)
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("Europe/Copenhagen"));
        String german =
                WorkshopFixtures.createWorkshop(WorkshopFixtures.EDITOR, WorkshopFixtures.workshop("Werkstatt"));
        as(WorkshopFixtures.EDITOR)
                .get("/api/v1/workshops/{id}", german)
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("Europe/Berlin"));
        as(WorkshopFixtures.OTHER)
                .get("/api/v1/me")
                .then()
                .body("memberships[0].organization.timeZone", equalTo("Europe/Copenhagen"));
    }

    @Test
    void followUpsAreOverdueOnTheirWorkshopsClock() {
        organizations.id(Organizations.MUSTERSTADT);
        String suffix = suffix();
        String early = "kiritimati-" + suffix;
        String late = "pago-" + suffix;
        organization(early, "KI", EARLY.getId()).statusCode(201);
        organization(late, "AS", LATE.getId()).statusCode(201);
        LocalDate due = LocalDate.now(EARLY).minusDays(1);

        String earlyTask = followUp(early, due);
        String lateTask = followUp(late, due);

        overdue(early).body("items.id", hasItem(earlyTask));
        overdue(late).body("items.id", not(hasItem(lateTask)));
        as(Tokens.member(late, "editor"))
                .queryParam("overdue", false)
                .get("/api/v1/follow-ups")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(lateTask))
                .body("items.find { it.id == '" + lateTask + "' }.overdue", equalTo(false));
        as(Tokens.member(early, "editor"))
                .get("/api/v1/follow-ups")
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + earlyTask + "' }.overdue", equalTo(true));
    }

    private static io.restassured.response.ValidatableResponse overdue(String slug) {
        return as(Tokens.member(slug, "editor"))
                .queryParam("overdue", true)
                .get("/api/v1/follow-ups")
                .then()
                .statusCode(200);
    }

    private static String followUp(String slug, LocalDate due) {
        String token = Tokens.member(slug, "editor");
        String workshop = WorkshopFixtures.createWorkshop(token, WorkshopFixtures.workshop("Workshop " + slug));
        as(token).get("/api/v1/workshops/{id}", workshop).then().statusCode(200);
        return as(token)
                .body(Map.of("title", "Protokoll versenden", "dueDate", due.toString()))
                .post("/api/v1/workshops/{id}/follow-ups", workshop)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static io.restassured.response.ValidatableResponse organization(
            String slug, String country, String timeZone) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("name", "Kommune " + slug);
        body.put("kind", "MUNICIPALITY");
        body.put("country", country);
        if (timeZone != null) {
            body.put("timeZone", timeZone);
        }
        return as(Tokens.platformAdmin())
                .body(body)
                .post("/api/v1/organizations")
                .then();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
