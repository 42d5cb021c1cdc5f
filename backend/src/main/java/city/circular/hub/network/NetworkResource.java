package city.circular.hub.network;

import city.circular.hub.common.ApiDocumentationFilter;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.Problem;
import city.circular.hub.common.QueryParams;
import city.circular.hub.common.Tagged;
import city.circular.hub.organization.ChecksAccessFirst;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/networks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Networks",
        description = "Networks and programmes of cities: coordinator, programme details, members by consent, "
                + "events and status reports")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class NetworkResource {

    static final String INPUT_EXAMPLE = """
            {"name": "Kreislaufstädte NRW", "kind": "CITY_CONSORTIUM",
             "description": "Städte erarbeiten gemeinsam ein Mustervorgehen für kommunale Kreislaufstrategien.",
             "fieldsOfAction": ["CONSTRUCTION_BUILDINGS", "PROCUREMENT"],
             "periodFrom": "2026-01-01", "periodTo": "2027-06-30",
             "funder": "Land NRW", "fundingLine": "EFRE/JTF NRW 2021-2027", "budget": 1250000, "currency": "EUR",
             "links": [{"title": "Programmseite", "url": "https://kreislaufstaedte.example"}],
             "status": "ACTIVE", "visibility": "PRIVATE"}""";

    private final NetworkService service;

    public NetworkResource(NetworkService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List networks",
            description = "The caller's networks by name, one page at a time: those their organizations coordinate "
                    + "or are invited to, asking to join or members of (every network for platform administrators). "
                    + "With `public=true`, the PUBLIC networks anyone may ask to join instead.")
    @APIResponse(responseCode = "200", description = "One page of networks")
    public NetworkPage listNetworks(
            @Parameter(
                            description = "Page size, 1 to 100",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "20"))
                    @QueryParam("limit")
                    String limit,
            @Parameter(description = "The `next` value of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Only networks of this kind", schema = @Schema(implementation = NetworkKind.class))
                    @QueryParam("kind")
                    String kind,
            @Parameter(
                            description = "Only networks in this status",
                            schema = @Schema(implementation = NetworkStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(
                            description = "List the PUBLIC networks instead of the caller's",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("public")
                    String publicOnly) {
        var filter = new NetworkRepository.Filter(
                QueryParams.enumValue("kind", kind, NetworkKind.class),
                QueryParams.enumValue("status", status, NetworkStatus.class),
                Boolean.TRUE.equals(QueryParams.bool("public", publicOnly)));
        return service.list(filter, PageRequest.of(limit, cursor));
    }

    @POST
    @Operation(
            summary = "Create a network",
            description = "Creates a network coordinated by an organization of kind NETWORK_COORDINATOR whose admin "
                    + "the caller is (platform administrators may name any). The coordinator becomes its first, "
                    + "accepted member with the role COORDINATOR.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = NetworkInput.class),
                            examples = @ExampleObject(name = "consortium", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = NetworkView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "network"))
    public Response createNetwork(@Valid @NotNull NetworkInput input, UriInfo uri) {
        NetworkView created = service.create(input);
        return Tagged.created(uri, created.id(), created, created.version());
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Get a network",
            description = "One network with its version as ETag. Read by its coordinator's and its members' people "
                    + "(invited and asking organizations too), platform administrators and, when PUBLIC, anyone.")
    @APIResponse(
            responseCode = "200",
            description = "The network",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = NetworkView.class)))
    public Response getNetwork(@PathParam("id") UUID id) {
        NetworkView network = service.get(id);
        return Tagged.ok(network, network.version());
    }

    @PUT
    @ChecksAccessFirst(NetworkService.class)
    @Path("/{id}")
    @Operation(
            summary = "Update a network",
            description = "Replaces the client-owned fields; fields left out become empty. The coordinator stays. "
                    + "Only the coordinator's admins and platform administrators. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = NetworkInput.class),
                            examples = @ExampleObject(name = "consortium", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The updated network",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = NetworkView.class)))
    public Response updateNetwork(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull NetworkInput input) {
        NetworkView network = service.update(id, ifMatch, input);
        return Tagged.ok(network, network.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            summary = "Delete a network",
            description = "Deletes the network with its memberships, events, attendance and status reports; the "
                    + "members' own records stay, no longer shared through it. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteNetwork(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
