package city.circular.hub.workshop;

import static city.circular.hub.support.Api.as;

import city.circular.hub.support.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Callers, request bodies and helpers the workshop tests share. */
final class WorkshopFixtures {

    static final String EDITOR = Tokens.member("musterstadt", "editor");
    static final String VIEWER = Tokens.member("musterstadt", "viewer");
    static final String OTHER = Tokens.member("eksempelby", "editor");
    static final String PEER = Tokens.member("nachbarstadt", "editor");

    private WorkshopFixtures() {}

    /** An in-person morning workshop of three hours (09:00 to 12:00 UTC) with 30 seats. */
    static Map<String, Object> workshop(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("purpose", "KICK_OFF");
        body.put("format", "IN_PERSON");
        body.put("startsAt", "2026-03-10T09:00:00Z");
        body.put("endsAt", "2026-03-10T12:00:00Z");
        body.put("place", "Rathaus, Ratssaal");
        body.put("capacity", 30);
        return body;
    }

    static String createWorkshop(String token, Map<String, Object> body) {
        return as(token)
                .body(body)
                .post("/api/v1/workshops")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String createWorkshop(String title, int capacity) {
        Map<String, Object> body = workshop(title);
        body.put("capacity", capacity);
        return createWorkshop(EDITOR, body);
    }

    static String createStakeholder(String token, String name, String sector) {
        return createStakeholder(token, name, sector, "PRIVATE");
    }

    static String createStakeholder(String token, String name, String sector, String visibility) {
        return as(token)
                .body(Map.of(
                        "name",
                        name,
                        "sector",
                        sector,
                        "fieldsOfAction",
                        List.of("CONSTRUCTION_BUILDINGS"),
                        "visibility",
                        visibility))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Adds a stakeholder as participant and returns the participant's status. */
    static String register(String workshopId, String stakeholderId) {
        return as(EDITOR)
                .body(Map.of("stakeholderId", stakeholderId))
                .post("/api/v1/workshops/{id}/participants", workshopId)
                .then()
                .statusCode(201)
                .extract()
                .path("status");
    }
}
