package city.circular.hub.stakeholder;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class StakeholderResourceTest {

    static final String EDITOR = Tokens.member("musterstadt", "editor");
    static final String VIEWER = Tokens.member("musterstadt", "viewer");
    static final String OTHER = Tokens.member("eksempelby", "editor");
    static final String PEER = Tokens.member("nachbarstadt", "editor");

    @Inject
    Organizations organizations;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
    }

    static Map<String, Object> stakeholder(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("sector", "CHAMBER");
        body.put("fieldsOfAction", List.of("CONSTRUCTION_BUILDINGS", "BUSINESS_DEVELOPMENT"));
        body.put("website", "https://hwk.example");
        return body;
    }

    static String create(String token, Map<String, Object> body) {
        return as(token)
                .body(body)
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void createsReadsUpdatesAndDeletesStakeholder() {
        String id = as(EDITOR)
                .body(stakeholder("Handwerkskammer"))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("name", equalTo("Handwerkskammer"))
                .body("sector", equalTo("CHAMBER"))
                .body("fieldsOfAction", equalTo(List.of("CONSTRUCTION_BUILDINGS", "BUSINESS_DEVELOPMENT")))
                .body("visibility", equalTo("PRIVATE"))
                .extract()
                .path("id");
        as(VIEWER)
                .get("/api/v1/stakeholders/{id}", id)
                .then()
                .statusCode(200)
                .body("website", equalTo("https://hwk.example"));
        Map<String, Object> change = stakeholder("Handwerkskammer Musterstadt");
        change.put("sector", "ASSOCIATION");
        change.put("fieldsOfAction", List.of());
        change.put("website", null);
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(change)
                .put("/api/v1/stakeholders/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("sector", equalTo("ASSOCIATION"))
                .body("fieldsOfAction", empty())
                .body("website", nullValue());
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/stakeholders/{id}", id)
                .then()
                .statusCode(412);
        as(EDITOR).delete("/api/v1/stakeholders/{id}", id).then().statusCode(428);
        as(VIEWER)
                .header("If-Match", "\"1\"")
                .delete("/api/v1/stakeholders/{id}", id)
                .then()
                .statusCode(403);
        as(OTHER)
                .header("If-Match", "\"1\"")
                .delete("/api/v1/stakeholders/{id}", id)
                .then()
                .statusCode(404);
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .delete("/api/v1/stakeholders/{id}", id)
                .then()
                .statusCode(204);
        as(EDITOR).get("/api/v1/stakeholders/{id}", id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void rejectsInvalidStakeholder() {
        Map<String, Object> bad = stakeholder(" ");
        bad.put("website", "ftp://x");
        bad.remove("sector");
        as(EDITOR)
                .body(bad)
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("name", "sector", "website")));
        Map<String, Object> badField = stakeholder("X");
        badField.put("fieldsOfAction", List.of("space travel"));
        as(EDITOR)
                .body(badField)
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("fieldsOfAction[0]"));
        badField.put("fieldsOfAction", List.of("FOOD_NUTRITION", "SPACE_TRAVEL"));
        as(EDITOR)
                .body(badField)
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("fieldsOfAction[1]")));
    }

    @Test
    void listsByNameWithFiltersAndPaging() {
        String marker = "reg-" + UUID.randomUUID();
        Map<String, Object> a = stakeholder(marker + " A Kammer");
        Map<String, Object> b = stakeholder(marker + " B Verein");
        b.put("sector", "CIVIL_SOCIETY");
        b.put("fieldsOfAction", List.of("FOOD_NUTRITION"));
        Map<String, Object> c = stakeholder(marker + " C Stadtwerke");
        c.put("sector", "UTILITY");
        String idA = create(EDITOR, a);
        String idB = create(EDITOR, b);
        String idC = create(EDITOR, c);
        var first = as(VIEWER)
                .queryParam("q", marker)
                .queryParam("limit", 2)
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(idA, idB)))
                .extract();
        as(VIEWER)
                .queryParam("q", marker)
                .queryParam("limit", 2)
                .queryParam("cursor", first.<String>path("next"))
                .get("/api/v1/stakeholders")
                .then()
                .body("items.id", equalTo(List.of(idC)))
                .body("next", nullValue());
        as(VIEWER)
                .queryParam("q", marker)
                .queryParam("fieldOfAction", "FOOD_NUTRITION")
                .get("/api/v1/stakeholders")
                .then()
                .body("items.id", equalTo(List.of(idB)));
        as(VIEWER)
                .queryParam("q", marker)
                .queryParam("sector", "UTILITY")
                .get("/api/v1/stakeholders")
                .then()
                .body("items.id", equalTo(List.of(idC)));
        as(OTHER).queryParam("q", marker).get("/api/v1/stakeholders").then().body("items", empty());
        as(VIEWER)
                .queryParam("sector", "PIRATES")
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sector"));
    }

    @Test
    void networkVisibleStakeholdersAreReadByNetworkPeersOnly() {
        Map<String, Object> shared = stakeholder("Geteilt " + UUID.randomUUID());
        shared.put("visibility", "NETWORK");
        String id = create(EDITOR, shared);
        as(PEER).get("/api/v1/stakeholders/{id}", id).then().statusCode(200);
        as(OTHER).get("/api/v1/stakeholders/{id}", id).then().statusCode(404);
        as(PEER).header("If-Match", "\"0\"")
                .body(shared)
                .put("/api/v1/stakeholders/{id}", id)
                .then()
                .statusCode(403);
    }

    @Test
    void contactsAreForEditorsOfTheOwnerOnlyAndErasedCompletely() {
        Map<String, Object> shared = stakeholder("Mit Kontakt " + UUID.randomUUID());
        shared.put("visibility", "PUBLIC");
        String id = create(EDITOR, shared);
        Map<String, Object> contact = new HashMap<>(Map.of(
                "name", "Anna Beispiel",
                "role", "Leiterin",
                "email", "anna@example.org",
                "phone", "+49 221 123",
                "consentGiven", true,
                "consentDate", "2026-02-01"));
        String contactId = as(EDITOR)
                .body(contact)
                .post("/api/v1/stakeholders/{id}/contacts", id)
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("name", equalTo("Anna Beispiel"))
                .body("consentDate", equalTo("2026-02-01"))
                .extract()
                .path("id");
        as(EDITOR)
                .get("/api/v1/stakeholders/{id}/contacts", id)
                .then()
                .statusCode(200)
                .body("name", equalTo(List.of("Anna Beispiel")));
        as(VIEWER)
                .get("/api/v1/stakeholders/{id}/contacts", id)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        as(OTHER).get("/api/v1/stakeholders/{id}", id).then().statusCode(200).body("contacts", nullValue());
        as(OTHER).get("/api/v1/stakeholders/{id}/contacts", id).then().statusCode(403);
        as(OTHER)
                .get("/api/v1/stakeholders/{id}/contacts/{c}", id, contactId)
                .then()
                .statusCode(403);

        contact.put("consentDate", null);
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(contact)
                .put("/api/v1/stakeholders/{id}/contacts/{c}", id, contactId)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("consentDate"));
        contact.put("email", "not-an-email");
        contact.put("consentGiven", false);
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(contact)
                .put("/api/v1/stakeholders/{id}/contacts/{c}", id, contactId)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("email"));

        as(EDITOR)
                .delete("/api/v1/stakeholders/{id}/contacts/{c}", id, contactId)
                .then()
                .statusCode(428);
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/stakeholders/{id}/contacts/{c}", id, contactId)
                .then()
                .statusCode(204);
        as(EDITOR)
                .get("/api/v1/stakeholders/{id}/contacts/{c}", id, contactId)
                .then()
                .statusCode(404);
        as(EDITOR).get("/api/v1/stakeholders/{id}/contacts", id).then().body("", empty());
    }

    @Test
    void importsCsvAllOrNothing() {
        String marker = "csv-" + UUID.randomUUID();
        String bad = "name;sector;fieldsOfAction;externalId\n"
                + marker + " Kammer;CHAMBER;CONSTRUCTION_BUILDINGS|PROCUREMENT;" + marker + "-1\n"
                + ";UNIVERSE;;\n"
                + "\"" + marker + " \"\"Quoted\"\"; Verein\";civil_society;FOOD_NUTRITION|MOON;" + marker + "-1\n";
        as(EDITOR)
                .contentType("text/csv; charset=UTF-8")
                .body(bad)
                .post("/api/v1/stakeholders/import")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("detail", equalTo("2 of 3 rows were rejected; nothing was imported."))
                .body(
                        "errors.field",
                        equalTo(List.of(
                                "rows[3].sector", "rows[3].name", "rows[4].fieldsOfAction", "rows[4].externalId")));
        as(EDITOR).queryParam("q", marker).get("/api/v1/stakeholders").then().body("items", empty());

        String good = "\uFEFFname,sector,fieldsOfAction,website\r\n"
                + marker + " Kammer,CHAMBER,CONSTRUCTION_BUILDINGS|PROCUREMENT,https://k.example\r\n"
                + "\"" + marker + " \"\"Quoted\"\", Verein\",civil_society,,\r\n";
        as(EDITOR)
                .contentType("text/csv; charset=UTF-8")
                .body(good)
                .post("/api/v1/stakeholders/import")
                .then()
                .statusCode(200)
                .body("imported", equalTo(2))
                .body("stakeholders.name", equalTo(List.of(marker + " Kammer", marker + " \"Quoted\", Verein")))
                .body("stakeholders[1].sector", equalTo("CIVIL_SOCIETY"));
        as(EDITOR).queryParam("q", marker).get("/api/v1/stakeholders").then().body("items.size()", equalTo(2));

        as(EDITOR)
                .contentType("text/csv; charset=UTF-8")
                .body("name,colour\nX,red\n")
                .post("/api/v1/stakeholders/import")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("header", "header")));
        as(VIEWER)
                .contentType("text/csv; charset=UTF-8")
                .body(good)
                .post("/api/v1/stakeholders/import")
                .then()
                .statusCode(403);
    }

    @Test
    void servesImportTemplateThatImportsCleanly() {
        String template = given().auth()
                .oauth2(EDITOR)
                .accept("text/csv")
                .get("/api/v1/stakeholders/import-template")
                .then()
                .statusCode(200)
                .contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"stakeholder-import-template.csv\"")
                .extract()
                .asString();
        String unique = template.replace("crm-1001", "crm-" + UUID.randomUUID());
        as(Tokens.member("nachbarstadt", "editor"))
                .contentType("text/csv; charset=UTF-8")
                .body(unique)
                .post("/api/v1/stakeholders/import")
                .then()
                .statusCode(200)
                .body("imported", equalTo(2));
        given().auth()
                .oauth2(EDITOR)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/stakeholders/import")
                .then()
                .statusCode(415);
    }

    @Test
    void importRejectsExternalIdsTheRegisterAlreadyUses() {
        String externalId = "crm-" + UUID.randomUUID();
        Map<String, Object> existing = stakeholder("Schon da " + UUID.randomUUID());
        existing.put("externalId", externalId);
        create(EDITOR, existing);
        String marker = "taken-" + UUID.randomUUID();
        as(EDITOR)
                .contentType("text/csv; charset=UTF-8")
                .body("name,sector,externalId\n" + marker + " Neu,BUSINESS," + externalId + "\n" + marker
                        + " Frei,BUSINESS,crm-" + UUID.randomUUID() + "\n")
                .post("/api/v1/stakeholders/import")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("rows[2].externalId")))
                .body("errors[0].message", equalTo("is already used by another stakeholder"));
        as(EDITOR).queryParam("q", marker).get("/api/v1/stakeholders").then().body("items", empty());
    }
}
