package city.circular.hub.dashboard;

import city.circular.hub.common.Problem;
import city.circular.hub.common.QueryParams;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/dashboard")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard", description = "Where a municipality stands")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DashboardResource {

    private final DashboardService service;

    public DashboardResource(DashboardService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "An organization's dashboard",
            description = "Strategies with their completeness, projects by status and field of action with summed "
                    + "impact, indicator progress, and stakeholder coverage with engagement gaps. For members of the "
                    + "organization; others get 404.")
    @APIResponse(
            responseCode = "200",
            description = "The dashboard",
            content = @Content(schema = @Schema(implementation = DashboardView.class)))
    public DashboardView getDashboard(
            @Parameter(
                            description = "The organization; needed only when the caller belongs to several",
                            schema = @Schema(format = "uuid"))
                    @QueryParam("organizationId")
                    String organizationId) {
        return service.of(QueryParams.uuid("organizationId", organizationId));
    }
}
