package city.circular.hub.network;

import city.circular.hub.common.Problem;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/network-invitations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Networks")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class NetworkInvitationResource {

    private final NetworkService service;

    public NetworkInvitationResource(NetworkService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List invitations and requests awaiting me",
            description = "Memberships awaiting a decision of the caller as an admin: invitations to the "
                    + "organizations they administer, and requests to join the networks those organizations "
                    + "coordinate, oldest first.")
    @APIResponse(responseCode = "200", description = "The memberships awaiting a decision")
    public MemberList listNetworkInvitations() {
        return service.awaitingDecision();
    }
}
