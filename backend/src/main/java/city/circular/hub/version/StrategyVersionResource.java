package city.circular.hub.version;

import city.circular.hub.common.Problem;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/strategies/{id}/versions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Strategies", description = "Municipal circular-economy strategies and their adoption")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class StrategyVersionResource {

    private final StrategyVersionService service;

    public StrategyVersionResource(StrategyVersionService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List a strategy's adopted versions",
            description = "Every adoption froze a version of the strategy's outline; newest first. Readable by those "
                    + "who may read the strategy.")
    @APIResponse(
            responseCode = "200",
            description = "The versions",
            content = @Content(schema = @Schema(implementation = StrategyVersionList.class)))
    public StrategyVersionList listStrategyVersions(@PathParam("id") UUID id) {
        return service.list(id);
    }

    @GET
    @Path("/{number}")
    @Operation(
            summary = "Get an adopted version of a strategy",
            description = "The snapshot of the strategy's outline taken when it was adopted for the n-th time: the "
                    + "strategy, its components and their indicators as they were then.")
    @APIResponse(
            responseCode = "200",
            description = "The version with its snapshot",
            content = @Content(schema = @Schema(implementation = StrategyVersionView.class)))
    public StrategyVersionView getStrategyVersion(
            @PathParam("id") UUID id, @PathParam("number") @Min(1) @Max(100000) int number) {
        return service.get(id, number);
    }
}
