package city.circular.hub.apiclient;

import city.circular.hub.common.ApiDocumentationFilter;
import city.circular.hub.common.Problem;
import city.circular.hub.common.Tagged;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/organizations/{id}/api-clients")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "API clients",
        description = "An organization's admins create machine clients for their sync scripts: Keycloak clients for "
                + "the client-credentials grant, whose tokens act for the organization as VIEWER or EDITOR. The "
                + "secret is shown once, when the client is created; revoking deletes the client in Keycloak, and "
                + "no new token can be obtained with it. Answers 503 where the hub has no Keycloak admin access, "
                + "502 when Keycloak refuses.")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "The caller is a member of the organization but not its admin",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "404",
        description = "No such organization among the caller's, or no such client",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "502",
        description = "Keycloak refused the request",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "503",
        description = "Machine clients are not configured, or Keycloak does not answer",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ApiClientResource {

    private static final String INPUT_EXAMPLE = """
            {"name": "Projektdatenbank sync", "description": "Nightly export of the project database",
             "role": "EDITOR"}""";

    private final ApiClientService service;

    public ApiClientResource(ApiClientService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List API clients", description = "The organization's machine clients, oldest first.")
    @APIResponse(
            responseCode = "200",
            description = "The organization's machine clients, without secrets",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ApiClientView.class)))
    public List<ApiClientView> listApiClients(@PathParam("id") UUID id) {
        return service.list(id);
    }

    @POST
    @Operation(
            summary = "Create an API client",
            description = "Creates a Keycloak client for the client-credentials grant that acts for the organization "
                    + "in the given role. The answer carries its clientSecret; the hub does not keep it and never "
                    + "shows it again.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = ApiClientInput.class),
                            examples = @ExampleObject(name = "apiClient", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created; the answer carries the secret",
            content = @Content(schema = @Schema(implementation = ApiClientView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "apiClient"))
    public Response createApiClient(@PathParam("id") UUID id, @Valid @NotNull ApiClientInput input, UriInfo uri) {
        ApiClientView created = service.create(id, input);
        return Tagged.created(uri, created.id(), created, 0);
    }

    @GET
    @Path("/{clientId}")
    @Operation(summary = "Get an API client", description = "One machine client, without its secret.")
    @APIResponse(
            responseCode = "200",
            description = "The machine client",
            content = @Content(schema = @Schema(implementation = ApiClientView.class)))
    public ApiClientView getApiClient(@PathParam("id") UUID id, @PathParam("clientId") UUID clientId) {
        return service.get(id, clientId);
    }

    @DELETE
    @Path("/{clientId}")
    @Operation(
            summary = "Revoke an API client",
            description = "Deletes the client in Keycloak, then the hub's record: no new token can be obtained with "
                    + "it; tokens issued before stay valid until they expire (minutes).")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revokeApiClient(@PathParam("id") UUID id, @PathParam("clientId") UUID clientId) {
        service.revoke(id, clientId);
    }
}
