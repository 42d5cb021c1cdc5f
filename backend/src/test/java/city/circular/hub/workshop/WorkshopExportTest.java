package city.circular.hub.workshop;

import static city.circular.hub.support.Api.PROBLEM;
import static city.circular.hub.workshop.WorkshopFixtures.EDITOR;
import static city.circular.hub.workshop.WorkshopFixtures.OTHER;
import static city.circular.hub.workshop.WorkshopFixtures.VIEWER;
import static city.circular.hub.workshop.WorkshopFixtures.createStakeholder;
import static city.circular.hub.workshop.WorkshopFixtures.createWorkshop;
import static city.circular.hub.workshop.WorkshopFixtures.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import city.circular.hub.support.Api;
import city.circular.hub.support.Organizations;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Participants and outcomes as CSV and XLSX: organisations only, never contact persons. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WorkshopExportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Organizations organizations;

    String workshop;
    String kammer;

    @BeforeEach
    void setUp() {
        organizations.id(Organizations.MUSTERSTADT);
        workshop = createWorkshop("Export", 30);
        kammer = "Kammer, \"Bau\" " + UUID.randomUUID();
        String kammerId = createStakeholder(EDITOR, kammer, "CHAMBER");
        Api.as(EDITOR)
                .body(Map.of("name", "Dr. Anna Beispiel", "email", "anna@example.org", "consentGiven", false))
                .post("/api/v1/stakeholders/{id}/contacts", kammerId)
                .then()
                .statusCode(201);
        register(workshop, kammerId);
        Api.as(EDITOR)
                .body(Map.of("type", "IDEA", "text", "Bauteilbörse;\nmit Lager", "votes", 7))
                .post("/api/v1/workshops/{id}/outcomes", workshop)
                .then()
                .statusCode(201);
    }

    private static byte[] download(String token, String path, String format, String contentType, String fileName) {
        return given().auth()
                .oauth2(token)
                .queryParam("format", format)
                .get(path, Map.of())
                .then()
                .statusCode(200)
                .contentType(contentType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .extract()
                .asByteArray();
    }

    @Test
    void exportsParticipantsAsCsvWithoutContactPersons() {
        byte[] csv = download(
                VIEWER,
                "/api/v1/workshops/" + workshop + "/participants/export",
                "csv",
                "text/csv; charset=UTF-8",
                "workshop-participants.csv");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertEquals(
                "\uFEFFstakeholder,sector,fieldsOfAction,status\r\n" + "\"" + kammer.replace("\"", "\"\"")
                        + "\",CHAMBER,CONSTRUCTION_BUILDINGS,REGISTERED\r\n",
                text);
    }

    @Test
    void exportsParticipantsAndOutcomesAsXlsx() throws IOException {
        byte[] participants = download(
                VIEWER,
                "/api/v1/workshops/" + workshop + "/participants/export",
                "xlsx",
                XLSX,
                "workshop-participants.xlsx");
        assertEquals(
                List.of(
                        List.of("stakeholder", "sector", "fieldsOfAction", "status"),
                        List.of(kammer, "CHAMBER", "CONSTRUCTION_BUILDINGS", "REGISTERED")),
                rows(participants));
        byte[] outcomes = download(
                VIEWER, "/api/v1/workshops/" + workshop + "/outcomes/export", "XLSX", XLSX, "workshop-outcomes.xlsx");
        assertEquals(
                List.of(
                        List.of("type", "text", "votes", "priority", "convertedToKind", "convertedToId"),
                        List.of("IDEA", "Bauteilbörse;\nmit Lager", "7")),
                rows(outcomes));
    }

    @Test
    void exportsOutcomesAsCsvByDefault() {
        String text = new String(
                download(
                        EDITOR,
                        "/api/v1/workshops/" + workshop + "/outcomes/export",
                        "",
                        "text/csv; charset=UTF-8",
                        "workshop-outcomes.csv"),
                StandardCharsets.UTF_8);
        assertEquals(
                "\uFEFFtype,text,votes,priority,convertedToKind,convertedToId\r\n"
                        + "IDEA,\"Bauteilbörse;\nmit Lager\",7,,,\r\n",
                text);
    }

    @Test
    void rejectsUnknownFormatsAndForeignWorkshops() {
        given().auth()
                .oauth2(VIEWER)
                .queryParam("format", "pdf")
                .get("/api/v1/workshops/{id}/participants/export", workshop)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("format"));
        given().auth()
                .oauth2(OTHER)
                .get("/api/v1/workshops/{id}/outcomes/export", workshop)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        given().get("/api/v1/workshops/{id}/outcomes/export", workshop).then().statusCode(401);
    }

    /** The cells of the first sheet as text, trailing empty cells left out. */
    private static List<List<String>> rows(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            try (var rows = workbook.getFirstSheet().openStream()) {
                return rows.map(WorkshopExportTest::cells).toList();
            }
        }
    }

    private static List<String> cells(Row row) {
        return row.stream()
                .filter(cell -> cell != null && !cell.getText().isEmpty())
                .map(cell -> cell.getText())
                .toList();
    }
}
