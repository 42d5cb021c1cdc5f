package city.circular.hub.strategy;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static city.circular.hub.support.Api.createStrategy;
import static city.circular.hub.support.Api.etagOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
class StrategyResourceTest {

    @Inject
    Organizations organizations;

    String editor;
    String viewer;
    UUID musterstadt;

    @BeforeEach
    void setUp() {
        musterstadt = organizations.id(Organizations.MUSTERSTADT);
        editor = Tokens.member(Organizations.MUSTERSTADT, "editor");
        viewer = Tokens.member(Organizations.MUSTERSTADT, "viewer");
    }

    static Map<String, Object> input(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("summary", "Leitbild und Ziele");
        body.put("periodFrom", 2025);
        body.put("periodTo", 2030);
        body.put("visibility", "PRIVATE");
        return body;
    }

    @Test
    void createsStrategyOwnedByCallersOrganization() {
        var response = as(editor)
                .body(input("Kreislaufstadt 2030"))
                .post("/api/v1/strategies")
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", "\"0\"")
                .body("title", equalTo("Kreislaufstadt 2030"))
                .body("summary", equalTo("Leitbild und Ziele"))
                .body("periodFrom", equalTo(2025))
                .body("periodTo", equalTo(2030))
                .body("status", equalTo("DRAFT"))
                .body("visibility", equalTo("PRIVATE"))
                .body("organizationId", equalTo(musterstadt.toString()))
                .body("adoption", nullValue())
                .body("version", equalTo(0))
                .body("createdBy", equalTo("musterstadt-editor"))
                .body("updatedBy", equalTo("musterstadt-editor"))
                .body("createdAt", notNullValue())
                .extract();
        String id = response.path("id");
        assertEquals("/api/v1/strategies/" + id, response.header("Location"), "Location of the new strategy");
        as(viewer)
                .get(response.header("Location"))
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("title", equalTo("Kreislaufstadt 2030"));
    }

    @Test
    void updatesWithMatchingEtagAndReturnsNewVersion() {
        String id = createStrategy(editor, input("Entwurf"));
        Map<String, Object> change = input("Kreislaufstadt Musterstadt");
        change.put("summary", null);
        change.put("visibility", "NETWORK");
        change.put("externalId", "ris-1");
        as(editor)
                .header("If-Match", "\"0\"")
                .body(change)
                .put("/api/v1/strategies/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("Kreislaufstadt Musterstadt"))
                .body("summary", nullValue())
                .body("visibility", equalTo("NETWORK"))
                .body("externalId", equalTo("ris-1"))
                .body("version", equalTo(1));
    }

    @Test
    void deletesWithMatchingEtag() {
        String id = createStrategy(editor, input("Zu löschen"));
        as(editor)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/strategies/{id}", id)
                .then()
                .statusCode(204);
        as(editor).get("/api/v1/strategies/{id}", id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void rejectsUpdateWithoutIfMatch() {
        String id = createStrategy(editor, input("Ohne If-Match"));
        as(editor)
                .body(input("Geändert"))
                .put("/api/v1/strategies/{id}", id)
                .then()
                .statusCode(428)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/if-match-required"))
                .body("title", equalTo("If-Match required"))
                .body("status", equalTo(428))
                .body("instance", equalTo("/api/v1/strategies/" + id));
        as(editor).delete("/api/v1/strategies/{id}", id).then().statusCode(428).contentType(PROBLEM);
        as(editor).get("/api/v1/strategies/{id}", id).then().body("title", equalTo("Ohne If-Match"));
    }

    @Test
    void rejectsUpdateWithStaleEtag() {
        String id = createStrategy(editor, input("Version 0"));
        as(editor).header("If-Match", "\"0\"").body(input("Version 1")).put("/api/v1/strategies/{id}", id);
        as(editor)
                .header("If-Match", "\"0\"")
                .body(input("Überschreibt nichts"))
                .put("/api/v1/strategies/{id}", id)
                .then()
                .statusCode(412)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/stale-version"))
                .body("detail", containsString("current version 1"));
        as(editor)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/strategies/{id}", id)
                .then()
                .statusCode(412);
        as(editor).get("/api/v1/strategies/{id}", id).then().body("title", equalTo("Version 1"));
    }

    @Test
    void rejectsInvalidFieldsWithFieldErrorsAndStoresNothing() {
        Map<String, Object> bad = input("   ");
        bad.put("periodFrom", 2031);
        bad.put("periodTo", 2030);
        bad.put("summary", "x".repeat(4001));
        String unique = "invalid-" + UUID.randomUUID();
        bad.put("externalId", unique);
        as(editor)
                .body(bad)
                .post("/api/v1/strategies")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/validation"))
                .body("title", equalTo("Invalid request"))
                .body("detail", equalTo("The request has 3 invalid fields."))
                .body("errors.field", equalTo(java.util.List.of("periodTo", "summary", "title")))
                .body("errors.find { it.field == 'title' }.message", equalTo("must not be blank"))
                .body("errors.find { it.field == 'periodTo' }.message", equalTo("must not be before periodFrom"));
        as(editor)
                .queryParam("q", unique)
                .get("/api/v1/strategies")
                .then()
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void rejectsMalformedJson() {
        as(editor)
                .body("{\"title\": ")
                .post("/api/v1/strategies")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/malformed-request"))
                .body("detail", equalTo("The request body is not valid JSON."))
                .body(not(containsString("Exception")));
    }

    @Test
    void rejectsWrongTypeNamingTheField() {
        Map<String, Object> bad = input("Falscher Typ");
        bad.put("periodFrom", "zweitausend");
        as(editor)
                .body(bad)
                .post("/api/v1/strategies")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("periodFrom"))
                .body("errors[0].message", equalTo("must be a number"));
        Map<String, Object> badEnum = input("Falsche Sichtbarkeit");
        badEnum.put("visibility", "SECRET");
        as(editor)
                .body(badEnum)
                .post("/api/v1/strategies")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("visibility"))
                .body("errors[0].message", equalTo("must be one of PRIVATE, NETWORK, PUBLIC"));
    }

    @Test
    void rejectsServerOwnedAndUnknownProperties() {
        for (String field : new String[] {"id", "version", "status", "createdBy", "colour"}) {
            Map<String, Object> bad = input("Server-owned " + field);
            bad.put(field, "x");
            as(editor)
                    .body(bad)
                    .post("/api/v1/strategies")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo(field))
                    .body("errors[0].message", equalTo("unknown or read-only property"));
        }
    }

    @Test
    void rejectsMissingBody() {
        as(editor).post("/api/v1/strategies").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void rejectsUnsupportedMediaType() {
        given().auth()
                .oauth2(editor)
                .contentType(ContentType.TEXT)
                .body("title=x")
                .post("/api/v1/strategies")
                .then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/unsupported-media-type"))
                .body("status", equalTo(415));
    }

    @Test
    void rejectsUnacceptableResponseType() {
        given().auth()
                .oauth2(editor)
                .accept(ContentType.XML)
                .get("/api/v1/strategies")
                .then()
                .statusCode(406)
                .contentType(PROBLEM)
                .body("status", equalTo(406));
    }

    @Test
    void rejectsUnsupportedMethod() {
        as(editor)
                .body("{}")
                .patch("/api/v1/strategies")
                .then()
                .statusCode(405)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/method-not-allowed"));
    }

    @Test
    void rejectsOversizedBody() {
        Map<String, Object> huge = input("Zu groß");
        huge.put("summary", "x".repeat(1_100_000));
        as(editor)
                .body(huge)
                .post("/api/v1/strategies")
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/payload-too-large"));
    }

    @Test
    void answersUnknownStrategyAndMalformedIdWith404() {
        as(editor)
                .get("/api/v1/strategies/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/not-found"));
        as(editor).get("/api/v1/strategies/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
        as(editor).get("/api/v1/nothing-here").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void requiresValidBearerToken() {
        given().get("/api/v1/strategies")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://circular-city-hub.example/problems/unauthenticated"));
        String wrongAudience = Tokens.claims(
                        "x", java.util.Set.of("/organizations/musterstadt/editor"), java.util.List.of())
                .audience("another-api")
                .sign();
        String wrongIssuer = Tokens.claims(
                        "x", java.util.Set.of("/organizations/musterstadt/editor"), java.util.List.of())
                .issuer("https://evil.example.com")
                .sign();
        String expired = Tokens.claims("x", java.util.Set.of("/organizations/musterstadt/editor"), java.util.List.of())
                .issuedAt(java.time.Instant.now().minusSeconds(7200))
                .expiresAt(java.time.Instant.now().minusSeconds(3600))
                .sign();
        String tampered = editor.substring(0, editor.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        for (String token : new String[] {wrongAudience, wrongIssuer, expired, tampered, "not-a-jwt"}) {
            as(token).get("/api/v1/strategies").then().statusCode(401).contentType(PROBLEM);
        }
    }

    @Test
    void rejectsDuplicateExternalIdWithinOrganization() {
        Map<String, Object> first = input("Erste");
        String externalId = "sync-" + UUID.randomUUID();
        first.put("externalId", externalId);
        createStrategy(editor, first);
        Map<String, Object> second = input("Zweite");
        second.put("externalId", externalId);
        as(editor)
                .body(second)
                .post("/api/v1/strategies")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("externalId"));
        String other = Tokens.member(Organizations.NACHBARSTADT, "editor");
        organizations.id(Organizations.NACHBARSTADT);
        createStrategy(other, second);
    }

    @Test
    void listsWithCursorPaginationInStableOrder() {
        String marker = "paging-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            createStrategy(editor, input(marker + " " + i));
        }
        var first = as(editor)
                .queryParam("q", marker)
                .queryParam("limit", 2)
                .get("/api/v1/strategies")
                .then()
                .statusCode(200)
                .body("items.title", equalTo(java.util.List.of(marker + " 4", marker + " 3")))
                .body("next", notNullValue())
                .extract();
        var second = as(editor)
                .queryParam("q", marker)
                .queryParam("limit", 2)
                .queryParam("cursor", first.<String>path("next"))
                .get("/api/v1/strategies")
                .then()
                .body("items.title", equalTo(java.util.List.of(marker + " 2", marker + " 1")))
                .extract();
        as(editor)
                .queryParam("q", marker)
                .queryParam("limit", 2)
                .queryParam("cursor", second.<String>path("next"))
                .get("/api/v1/strategies")
                .then()
                .body("items.title", equalTo(java.util.List.of(marker + " 0")))
                .body("next", nullValue());
    }

    @Test
    void rejectsInvalidListParameters() {
        for (String[] bad : new String[][] {
            {"limit", "0"},
            {"limit", "101"},
            {"limit", "ten"},
            {"cursor", "bogus"},
            {"status", "DONE"},
            {"organizationId", "x"},
            {"updatedSince", "yesterday"}
        }) {
            as(editor)
                    .queryParam(bad[0], bad[1])
                    .get("/api/v1/strategies")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo(bad[0]));
        }
    }

    @Test
    void filtersByStatusOrganizationTextAndUpdatedSince() {
        String marker = "filter-" + UUID.randomUUID();
        String draft = createStrategy(editor, input(marker + " Entwurf"));
        String review = createStrategy(editor, input(marker + " Prüfung"));
        as(editor)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "IN_REVIEW"))
                .post("/api/v1/strategies/{id}/status", review)
                .then()
                .statusCode(200);
        as(editor)
                .queryParam("q", marker.toUpperCase())
                .queryParam("status", "IN_REVIEW")
                .get("/api/v1/strategies")
                .then()
                .body("items.id", equalTo(java.util.List.of(review)));
        as(editor)
                .queryParam("q", marker)
                .queryParam(
                        "organizationId",
                        organizations.id(Organizations.EKSEMPELBY).toString())
                .get("/api/v1/strategies")
                .then()
                .body("items", org.hamcrest.Matchers.empty());
        String since = as(editor)
                .get("/api/v1/strategies/{id}", review)
                .then()
                .extract()
                .path("updatedAt");
        as(editor)
                .queryParam("q", marker)
                .queryParam("updatedSince", since)
                .get("/api/v1/strategies")
                .then()
                .body("items.id", hasItem(review))
                .body("items.id", not(hasItem(draft)));
        as(editor)
                .queryParam("q", "100%_")
                .get("/api/v1/strategies")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void movesThroughTheLifecycle() {
        String id = createStrategy(editor, input("Lebenszyklus"));
        as(editor)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "IN_REVIEW"))
                .post("/api/v1/strategies/{id}/status", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("IN_REVIEW"));
        as(editor)
                .header("If-Match", "\"1\"")
                .body(Map.of("status", "ADOPTED"))
                .post("/api/v1/strategies/{id}/status", id)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("https://circular-city-hub.example/problems/rule-violation"))
                .body("errors[0].field", equalTo("adoption"));
        as(editor)
                .header("If-Match", "\"1\"")
                .body(Map.of("status", "ADOPTED", "adoption", Map.of("decisionBody", "Rat")))
                .post("/api/v1/strategies/{id}/status", id)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(java.util.List.of("adoption.decidedOn", "adoption.reference")));
        as(editor)
                .header("If-Match", "\"1\"")
                .body(Map.of(
                        "status",
                        "ADOPTED",
                        "adoption",
                        Map.of(
                                "decisionBody",
                                "Rat der Stadt",
                                "decidedOn",
                                "2026-03-12",
                                "reference",
                                "DS 0815/2026")))
                .post("/api/v1/strategies/{id}/status", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("ADOPTED"))
                .body("adoption.decisionBody", equalTo("Rat der Stadt"))
                .body("adoption.decidedOn", equalTo("2026-03-12"))
                .body("adoption.reference", equalTo("DS 0815/2026"));
        as(editor)
                .header("If-Match", "\"2\"")
                .body(Map.of("status", "DRAFT"))
                .post("/api/v1/strategies/{id}/status", id)
                .then()
                .statusCode(422)
                .body(
                        "detail",
                        is("A strategy cannot move from ADOPTED to DRAFT. Allowed next: [IN_REVISION, SUPERSEDED]."));
        as(editor)
                .header("If-Match", "\"2\"")
                .body(Map.of("status", "SUPERSEDED"))
                .post("/api/v1/strategies/{id}/status", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUPERSEDED"))
                .body("adoption.reference", equalTo("DS 0815/2026"));
        as(editor)
                .header("If-Match", "\"3\"")
                .body(Map.of("status", "IN_REVIEW"))
                .post("/api/v1/strategies/{id}/status", id)
                .then()
                .statusCode(422)
                .body("detail", is("A strategy cannot move from SUPERSEDED to IN_REVIEW. Allowed next: none."));
    }

    @Test
    void aStrategyInRevisionGoesOnlyToAdoptedOrSupersededAndKeepsItsAdoption() {
        String id = createStrategy(editor, input("In Revision"));
        for (Map<String, Object> change : List.of(
                Map.<String, Object>of("status", "IN_REVIEW"),
                Map.<String, Object>of(
                        "status",
                        "ADOPTED",
                        "adoption",
                        Map.of("decisionBody", "Rat", "decidedOn", "2026-03-12", "reference", "DS 1")),
                Map.<String, Object>of("status", "IN_REVISION"))) {
            as(editor)
                    .header("If-Match", etagOf(editor, id))
                    .body(change)
                    .post("/api/v1/strategies/{id}/status", id)
                    .then()
                    .statusCode(200);
        }
        for (String illegal : List.of("DRAFT", "IN_REVIEW", "IN_REVISION")) {
            as(editor)
                    .header("If-Match", "\"3\"")
                    .body(Map.of("status", illegal))
                    .post("/api/v1/strategies/{id}/status", id)
                    .then()
                    .statusCode(422)
                    .contentType(PROBLEM)
                    .body(
                            "detail",
                            is("A strategy cannot move from IN_REVISION to " + illegal
                                    + ". Allowed next: [ADOPTED, SUPERSEDED]."));
        }
        as(editor)
                .header("If-Match", "\"3\"")
                .body(Map.of("status", "SUPERSEDED"))
                .post("/api/v1/strategies/{id}/status", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUPERSEDED"))
                .body("adoption.reference", equalTo("DS 1"));
        as(editor)
                .header("If-Match", "\"4\"")
                .body(Map.of("status", "IN_REVISION"))
                .post("/api/v1/strategies/{id}/status", id)
                .then()
                .statusCode(422);
    }

    @Test
    void reviewCanGoBackToDraftButDraftCannotBeAdopted() {
        String id = createStrategy(editor, input("Zurück"));
        as(editor)
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "status",
                        "ADOPTED",
                        "adoption",
                        Map.of("decisionBody", "Rat", "decidedOn", "2026-03-12", "reference", "DS 1")))
                .post("/api/v1/strategies/{id}/status", id)
                .then()
                .statusCode(422);
        as(editor)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "IN_REVIEW"))
                .post("/api/v1/strategies/{id}/status", id)
                .then()
                .statusCode(200);
        as(editor)
                .header("If-Match", "\"1\"")
                .body(Map.of("status", "DRAFT"))
                .post("/api/v1/strategies/{id}/status", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"));
        assertEquals("\"2\"", etagOf(editor, id));
    }
}
