package city.circular.hub.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The contract's one server: the hub that serves it, for its own SPA and partners alike, so that paths are relative
 * to wherever it runs. Set by a run-time filter: the servers a build-time filter sets do not reach the document.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class ServerDocumentation implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.servers(List.of(OASFactory.createServer()
                .url("/")
                .description("The hub that serves this contract, in production as on a local or staging install")
                .addExtension("x-internal", false)));
    }
}
