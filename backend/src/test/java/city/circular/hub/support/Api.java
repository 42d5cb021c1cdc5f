package city.circular.hub.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Requests as a client sends them, with a bearer token. */
public final class Api {

    public static final String PROBLEM = "application/problem+json";

    private Api() {}

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Creates a strategy and returns its id. */
    public static String createStrategy(String token, Map<String, Object> body) {
        return as(token)
                .body(body)
                .post("/api/v1/strategies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static ValidatableResponse getStrategy(String token, String id) {
        return as(token).get("/api/v1/strategies/{id}", id).then();
    }

    public static String etagOf(String token, String id) {
        return getStrategy(token, id).statusCode(200).extract().header("ETag");
    }
}
