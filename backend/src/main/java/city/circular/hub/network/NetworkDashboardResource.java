package city.circular.hub.network;

import city.circular.hub.common.Downloads;
import city.circular.hub.common.Problem;
import city.circular.hub.common.Table;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/networks/{id}/dashboard")
@Authenticated
@Tag(name = "Networks")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class NetworkDashboardResource {

    private final NetworkDashboardService service;

    public NetworkDashboardResource(NetworkDashboardService service) {
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Compare a network's member municipalities",
            description = "Each member municipality side by side: its shared strategies, starter projects by status"
                    + " and field of action with their summed impact estimates, workshops held, the network's events"
                    + " it attended, the status reports it submitted, and the practices it published and others"
                    + " adopted. Counted only from records the member shares (NETWORK or PUBLIC) and from the"
                    + " network's own events and reports. Read by the coordinator, the accepted members and platform"
                    + " administrators.")
    @APIResponse(responseCode = "200", description = "The members' standings, by name")
    public NetworkDashboardView getNetworkDashboard(@PathParam("id") UUID id) {
        return service.of(id);
    }

    @GET
    @Path("/export")
    @Produces({Table.CSV, Table.XLSX})
    @Operation(
            summary = "Export a network's comparison table",
            description = "The dashboard's comparison, one row per member municipality, as CSV (UTF-8) or XLSX."
                    + " Contains no personal data.")
    @APIResponse(
            responseCode = "200",
            description = "The export file",
            content = {
                @Content(mediaType = Table.CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = Table.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response exportNetworkDashboard(
            @PathParam("id") UUID id,
            @Parameter(description = "csv (default) or xlsx") @QueryParam("format") String format) {
        Downloads.Format chosen = Downloads.Format.parse(format);
        return Downloads.of(service.table(id), chosen, "network-comparison");
    }
}
