package city.circular.hub.fieldofaction;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class FieldOfActionResourceTest {

    static final String EDITOR = Tokens.member("musterstadt", "editor");
    static final String VIEWER = Tokens.member("musterstadt", "viewer");
    static final String PEER = Tokens.member("nachbarstadt", "editor");
    static final String OTHER = Tokens.member("eksempelby", "editor");
    static final List<String> BUILT_IN = List.of(
            "CONSTRUCTION_BUILDINGS",
            "FOOD_NUTRITION",
            "PROCUREMENT",
            "WASTE_RESOURCES",
            "BUSINESS_DEVELOPMENT",
            "STRATEGY");

    @Inject
    Organizations organizations;

    UUID musterstadt;

    @BeforeEach
    void setUp() {
        musterstadt = organizations.id(Organizations.MUSTERSTADT);
    }

    static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    static Map<String, Object> field(String code, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        return body;
    }

    static String create(String token, Map<String, Object> body) {
        return as(token)
                .body(body)
                .post("/api/v1/fields-of-action")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void createsReadsRenamesAndDeletesField() {
        String code = "URBAN_MINING_" + suffix();
        Map<String, Object> body = field(code, "Urban Mining");
        body.put("description", "Rückbau");
        String id = as(EDITOR)
                .body(body)
                .post("/api/v1/fields-of-action")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString("/api/v1/fields-of-action/"))
                .body("code", equalTo(code))
                .body("builtIn", equalTo(false))
                .body("name", equalTo("Urban Mining"))
                .body("description", equalTo("Rückbau"))
                .body("organizationId", equalTo(musterstadt.toString()))
                .body("version", equalTo(0))
                .body("createdBy", equalTo("musterstadt-editor"))
                .extract()
                .path("id");
        as(VIEWER)
                .get("/api/v1/fields-of-action/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("code", equalTo(code));
        Map<String, Object> rename = field(null, "Urbaner Bergbau");
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(rename)
                .put("/api/v1/fields-of-action/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("code", equalTo(code))
                .body("name", equalTo("Urbaner Bergbau"))
                .body("description", nullValue());
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .body(field("OTHER_CODE", "Urbaner Bergbau"))
                .put("/api/v1/fields-of-action/{id}", id)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("code")));
        Map<String, Object> move = field(null, "Urbaner Bergbau");
        move.put("organizationId", organizations.id(Organizations.NACHBARSTADT).toString());
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .body(move)
                .put("/api/v1/fields-of-action/{id}", id)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("organizationId")))
                .body("errors[0].message", equalTo("must stay " + musterstadt));
        Map<String, Object> stay = field(code, "Urbaner Bergbau");
        stay.put("organizationId", musterstadt.toString());
        as(EDITOR)
                .header("If-Match", "\"1\"")
                .body(stay)
                .put("/api/v1/fields-of-action/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("organizationId", equalTo(musterstadt.toString()));
        as(EDITOR)
                .body(rename)
                .put("/api/v1/fields-of-action/{id}", id)
                .then()
                .statusCode(428)
                .contentType(PROBLEM);
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/fields-of-action/{id}", id)
                .then()
                .statusCode(412)
                .contentType(PROBLEM);
        as(EDITOR).delete("/api/v1/fields-of-action/{id}", id).then().statusCode(428);
        as(EDITOR)
                .header("If-Match", "\"2\"")
                .delete("/api/v1/fields-of-action/{id}", id)
                .then()
                .statusCode(204);
        as(EDITOR)
                .get("/api/v1/fields-of-action/{id}", id)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void derivesCodeFromName() {
        String suffix = suffix();
        as(EDITOR)
                .body(field(null, "Grünflächen & Böden " + suffix))
                .post("/api/v1/fields-of-action")
                .then()
                .statusCode(201)
                .body("code", equalTo("GRUENFLAECHEN_BOEDEN_" + suffix));
        as(EDITOR)
                .body(field(null, "Genbrug på Øerne " + suffix))
                .post("/api/v1/fields-of-action")
                .then()
                .statusCode(201)
                .body("code", equalTo("GENBRUG_PAA_OEERNE_" + suffix));
        as(EDITOR)
                .body(field(null, "– 1 –"))
                .post("/api/v1/fields-of-action")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("code")));
    }

    @Test
    void rejectsInvalidDuplicateAndBuiltInCodes() {
        as(EDITOR)
                .body(field("urban mining", " "))
                .post("/api/v1/fields-of-action")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("code", "name")));
        as(EDITOR)
                .body(field("FOOD_NUTRITION", "Essen"))
                .post("/api/v1/fields-of-action")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("detail", equalTo("FOOD_NUTRITION is a built-in field of action; choose another code."))
                .body("errors.field", equalTo(List.of("code")));
        String code = "MOBILITY_" + suffix();
        create(EDITOR, field(code, "Mobilität"));
        as(EDITOR)
                .body(field(code, "Verkehr"))
                .post("/api/v1/fields-of-action")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("detail", equalTo("The organization already has a field of action with the code " + code + "."));
        // Another organization may use the same code for its own field.
        create(OTHER, field(code, "Mobilitet"));
    }

    @Test
    void onlyEditorsOfTheOwnerChangeFields() {
        as(VIEWER)
                .body(field("VIEWER_" + suffix(), "Nicht erlaubt"))
                .post("/api/v1/fields-of-action")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        String id = create(EDITOR, field("GUARDED_" + suffix(), "Geschützt"));
        as(VIEWER)
                .header("If-Match", "\"0\"")
                .body(field(null, "Umbenannt"))
                .put("/api/v1/fields-of-action/{id}", id)
                .then()
                .statusCode(403);
        as(VIEWER)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/fields-of-action/{id}", id)
                .then()
                .statusCode(403);
        as(PEER).get("/api/v1/fields-of-action/{id}", id).then().statusCode(200);
        as(PEER).header("If-Match", "\"0\"")
                .body(field(null, "Umbenannt"))
                .put("/api/v1/fields-of-action/{id}", id)
                .then()
                .statusCode(403);
        as(OTHER)
                .get("/api/v1/fields-of-action/{id}", id)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        as(OTHER)
                .header("If-Match", "\"0\"")
                .body(field(null, "Umbenannt"))
                .put("/api/v1/fields-of-action/{id}", id)
                .then()
                .statusCode(404);
        as(OTHER)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/fields-of-action/{id}", id)
                .then()
                .statusCode(404);
        as(EDITOR)
                .get("/api/v1/fields-of-action/{id}", UUID.randomUUID())
                .then()
                .statusCode(404);
        given().get("/api/v1/fields-of-action").then().statusCode(401);
    }

    @Test
    void listsBuiltInsAndTheFieldsOfReadableOrganizations() {
        String code = "LISTED_" + suffix();
        String otherCode = "HIDDEN_" + suffix();
        create(EDITOR, field(code, "Gelistet"));
        create(OTHER, field(otherCode, "Skjult"));
        as(VIEWER)
                .get("/api/v1/fields-of-action")
                .then()
                .statusCode(200)
                .body("items.code[0..5]", equalTo(BUILT_IN))
                .body("items.builtIn[0..5]", equalTo(List.of(true, true, true, true, true, true)))
                .body("items[0].name", nullValue())
                .body("items.code", hasItem(code))
                .body("items.code", not(hasItem(otherCode)));
        as(PEER).get("/api/v1/fields-of-action").then().body("items.code", hasItem(code));
        as(OTHER)
                .get("/api/v1/fields-of-action")
                .then()
                .body("items.code", hasItem(otherCode))
                .body("items.code", not(hasItem(code)));
        as(OTHER)
                .queryParam("organizationId", musterstadt.toString())
                .get("/api/v1/fields-of-action")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(BUILT_IN));
        as(PEER).queryParam(
                        "organizationId",
                        organizations.id(Organizations.NACHBARSTADT).toString())
                .get("/api/v1/fields-of-action")
                .then()
                .body("items.code", not(hasItem(code)));
        as(VIEWER)
                .queryParam("organizationId", "nope")
                .get("/api/v1/fields-of-action")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("organizationId"));
    }

    @Test
    void recordsUseCustomCodesOfTheirOwnOrganizationOnly() {
        String code = "CIRCULAR_TEXTILES_" + suffix();
        create(EDITOR, field(code, "Zirkuläre Textilien"));
        String stakeholder = as(EDITOR)
                .body(Map.of("name", "Kleiderkammer", "sector", "CIVIL_SOCIETY", "fieldsOfAction", List.of(code)))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(201)
                .body("fieldsOfAction", equalTo(List.of(code)))
                .extract()
                .path("id");
        as(VIEWER)
                .queryParam("fieldOfAction", code)
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(stakeholder)));
        as(OTHER)
                .body(Map.of("name", "Genbrugsbutik", "sector", "CIVIL_SOCIETY", "fieldsOfAction", List.of(code)))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("fieldsOfAction[0]")))
                .body(
                        "errors[0].message",
                        equalTo(code + " is neither a built-in field of action nor one of the organization's own"));
        String project = as(EDITOR)
                .body(Map.of("title", "Textilkreislauf", "fieldsOfAction", List.of("PROCUREMENT", code)))
                .post("/api/v1/starter-projects")
                .then()
                .statusCode(201)
                .body("fieldsOfAction", equalTo(List.of("PROCUREMENT", code)))
                .extract()
                .path("id");
        as(VIEWER)
                .queryParam("fieldOfAction", code)
                .get("/api/v1/starter-projects")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(project)));
        as(VIEWER)
                .queryParam("fieldOfAction", "not a code")
                .get("/api/v1/starter-projects")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("fieldOfAction"));
        as(OTHER)
                .body(Map.of("title", "Tekstiler", "fieldsOfAction", List.of("PROCUREMENT", code)))
                .post("/api/v1/starter-projects")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("fieldsOfAction[1]")));
        as(EDITOR)
                .body(Map.of("title", "Unbekannt", "fieldsOfAction", List.of("UNKNOWN_" + suffix())))
                .post("/api/v1/starter-projects")
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("fieldsOfAction[0]")));
    }

    @Test
    void importAcceptsTheOrganizationsOwnCodesOnly() {
        String code = "REPAIR_" + suffix();
        create(EDITOR, field(code, "Reparatur"));
        String marker = "imp-" + UUID.randomUUID();
        as(EDITOR)
                .contentType("text/csv")
                .body("name,sector,fieldsOfAction\n" + marker + " A,BUSINESS," + code.toLowerCase(Locale.ROOT)
                        + "|FOOD_NUTRITION\n" + marker + " B,BUSINESS,UNKNOWN_" + suffix() + "\n")
                .post("/api/v1/stakeholders/import")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("rows[3].fieldsOfAction")));
        as(OTHER)
                .contentType("text/csv")
                .body("name,sector,fieldsOfAction\n" + marker + " C,BUSINESS," + code + "\n")
                .post("/api/v1/stakeholders/import")
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("rows[2].fieldsOfAction")))
                .body(
                        "errors[0].message",
                        equalTo(code + " is neither a built-in field of action nor one of the organization's own"));
        as(EDITOR)
                .contentType("text/csv")
                .body("name,sector,fieldsOfAction\n" + marker + " A,BUSINESS," + code + "|FOOD_NUTRITION\n")
                .post("/api/v1/stakeholders/import")
                .then()
                .statusCode(200)
                .body("stakeholders[0].fieldsOfAction", equalTo(List.of(code, "FOOD_NUTRITION")));
    }

    @Test
    void keepsFieldsThatRecordsUse() {
        String code = "IN_USE_" + suffix();
        String id = create(EDITOR, field(code, "In Gebrauch"));
        String stakeholder = as(EDITOR)
                .body(Map.of("name", "Nutzer", "sector", "BUSINESS", "fieldsOfAction", List.of(code)))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(EDITOR)
                .body(Map.of("title", "Nutzt das Feld", "fieldsOfAction", List.of(code)))
                .post("/api/v1/starter-projects")
                .then()
                .statusCode(201);
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/fields-of-action/{id}", id)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body(
                        "detail",
                        equalTo("The field of action " + code
                                + " is used by 1 stakeholder(s) and 1 starter project(s); remove it from them first."));
        as(EDITOR).get("/api/v1/fields-of-action/{id}", id).then().statusCode(200);
        as(EDITOR).get("/api/v1/stakeholders/{id}", stakeholder).then().body("fieldsOfAction", equalTo(List.of(code)));
    }

    @Test
    void workshopOutcomesBecomeProjectsWithTheOrganizationsOwnFieldsOnly() {
        String code = "REUSE_" + suffix();
        create(EDITOR, field(code, "Wiederverwendung"));
        String workshop = as(EDITOR)
                .body(Map.of(
                        "title", "Ideenwerkstatt",
                        "purpose", "KICK_OFF",
                        "format", "IN_PERSON",
                        "startsAt", "2026-03-10T09:00:00Z",
                        "endsAt", "2026-03-10T12:00:00Z",
                        "place", "Rathaus",
                        "capacity", 30))
                .post("/api/v1/workshops")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String outcomes = "/api/v1/workshops/" + workshop + "/outcomes";
        String idea = as(EDITOR)
                .body(Map.of("type", "IDEA", "text", "Gebrauchtwarenkaufhaus"))
                .post(outcomes)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(Map.of("target", "STARTER_PROJECT", "fieldsOfAction", List.of("UNKNOWN_" + suffix())))
                .post(outcomes + "/{o}/convert", idea)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("fieldsOfAction[0]")));
        as(EDITOR)
                .header("If-Match", "\"0\"")
                .body(Map.of("target", "STARTER_PROJECT", "fieldsOfAction", List.of(code)))
                .post(outcomes + "/{o}/convert", idea)
                .then()
                .statusCode(201)
                .body("starterProject.fieldsOfAction", equalTo(List.of(code)));
    }
}
