package city.circular.hub.practice;

import static city.circular.hub.support.Api.as;

import city.circular.hub.support.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Callers, bodies and helpers the practice tests share. */
final class PracticeFixtures {

    static final String EDITOR = Tokens.member("musterstadt", "editor");
    static final String VIEWER = Tokens.member("musterstadt", "viewer");
    /** Nachbarstadt shares a network with Musterstadt. */
    static final String PEER = Tokens.member("nachbarstadt", "editor");

    static final String PEER_VIEWER = Tokens.member("nachbarstadt", "viewer");
    /** Eksempelby shares no network with Musterstadt. */
    static final String OUTSIDER = Tokens.member("eksempelby", "editor");

    static final String ADMIN = Tokens.platformAdmin();

    static final String PRACTICES = "/api/v1/practices";
    static final String PRACTICE = PRACTICES + "/{id}";
    static final String STATUS = PRACTICE + "/status";
    static final String ADOPTIONS = PRACTICE + "/adoptions";
    static final String ADOPTION = ADOPTIONS + "/{adoptionId}";
    static final String COMMENTS = PRACTICE + "/comments";
    static final String COMMENT = COMMENTS + "/{commentId}";

    private PracticeFixtures() {}

    /** A German practice with every text field. */
    static Map<String, Object> practice(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("summary", "Gebrauchte Bauteile aus dem Rückbau städtischer Gebäude werden wiederverwendet.");
        body.put(
                "context",
                Map.of(
                        "municipality",
                        "Stadt Musterstadt",
                        "country",
                        "DE",
                        "populationBand",
                        "FROM_100K_TO_500K",
                        "regionType",
                        "URBAN"));
        body.put("problem", "Verwertbare Türen landeten im Container.");
        body.put("approach", "Kataster vor dem Rückbau, Online-Börse, Lager beim Bauhof.");
        body.put(
                "results",
                Map.of(
                        "text",
                        "120 Türen wiederverwendet.",
                        "co2eTonnesPerYear",
                        85,
                        "materialTonnesPerYear",
                        40,
                        "basis",
                        "MEASURED"));
        body.put("successFactors", "Rückhalt der Bauverwaltung");
        body.put("barriers", "Gewährleistung");
        body.put("costAndEffort", "0,5 Stellen");
        body.put("duration", "18 Monate");
        body.put("transferConditions", "Ein Bauhof mit Lagerfläche");
        body.put("lessonsLearned", "Früh mit dem Abbruchunternehmen sprechen.");
        body.put("fieldsOfAction", List.of("CONSTRUCTION_BUILDINGS"));
        body.put("sdgTargets", List.of("12.5"));
        body.put("maturity", "LIGHTHOUSE");
        body.put("language", "de");
        body.put("attachments", List.of(Map.of("title", "Leitfaden", "url", "https://musterstadt.example/l.pdf")));
        body.put("visibility", "NETWORK");
        return body;
    }

    /** A minimal practice in the given language and visibility. */
    static Map<String, Object> practice(String title, String language, String summary, String visibility) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("summary", summary);
        body.put("language", language);
        body.put("visibility", visibility);
        return body;
    }

    static String create(String token, Map<String, Object> body) {
        return as(token)
                .body(body)
                .post(PRACTICES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String etag(String token, String id) {
        return as(token).get(PRACTICE, id).then().statusCode(200).extract().header("ETag");
    }

    static void publish(String token, String id) {
        as(token)
                .header("If-Match", etag(token, id))
                .body(Map.of("status", "PUBLISHED"))
                .post(STATUS, id)
                .then()
                .statusCode(200);
    }

    /** Creates and publishes a practice; returns its id. */
    static String published(String token, Map<String, Object> body) {
        String id = create(token, body);
        publish(token, id);
        return id;
    }
}
