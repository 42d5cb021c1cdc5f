package city.circular.hub;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the API. Quarkus checks every request URI before any route runs and answers an unparsable one with an
 * empty 400; switching that off (it must happen before the HTTP layer's classes load) lets common/HttpGuards
 * refuse such a URI with problem+json like every other error.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}
