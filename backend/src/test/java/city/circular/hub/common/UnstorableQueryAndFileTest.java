package city.circular.hub.common;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.support.Api.as;
import static org.hamcrest.Matchers.equalTo;

import city.circular.hub.support.Organizations;
import city.circular.hub.support.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Text and dates outside JSON bodies (query parameters, CSV files) follow the same rules as the bodies. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class UnstorableQueryAndFileTest {

    static final String EDITOR = Tokens.member("musterstadt", "editor");

    static final List<String> SEARCHABLE =
            List.of("/api/v1/strategies", "/api/v1/stakeholders", "/api/v1/workshops", "/api/v1/starter-projects");

    @Inject
    Organizations organizations;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
    }

    @Test
    void rejectsControlCharactersInTextSearchOfEveryList() {
        for (String list : SEARCHABLE) {
            as(EDITOR)
                    .queryParam("q", "Bau\u0000stelle")
                    .get(list)
                    .then()
                    .statusCode(422)
                    .contentType(PROBLEM)
                    .body("errors", equalTo(List.of(Map.of("field", "q", "message", Text.UNSTORABLE))));
        }
    }

    @Test
    void rejectsDateTimeFiltersOutsideTheSaneRange() {
        Map<String, String> filters = Map.of(
                "/api/v1/strategies", "updatedSince",
                "/api/v1/starter-projects", "updatedSince",
                "/api/v1/workshops", "from");
        filters.forEach((list, parameter) -> as(EDITOR)
                .queryParam(parameter, "+20000-01-01T00:00:00Z")
                .get(list)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body(
                        "errors",
                        equalTo(List.of(
                                Map.of("field", parameter, "message", "must be between 1900-01-01 and 2200-12-31")))));
    }

    @Test
    void rejectsControlCharactersInImportedCsvCells() {
        as(EDITOR)
                .contentType("text/csv; charset=UTF-8")
                .body("name,sector\nKammer\u0000,CHAMBER\nVerein,CIVIL_SOCIETY\n")
                .post("/api/v1/stakeholders/import")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors", equalTo(List.of(Map.of("field", "rows[2].name", "message", Text.UNSTORABLE))));
    }
}
