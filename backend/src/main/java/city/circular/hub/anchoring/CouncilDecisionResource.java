package city.circular.hub.anchoring;

import city.circular.hub.common.ApiDocumentationFilter;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.Problem;
import city.circular.hub.common.QueryParams;
import city.circular.hub.common.Tagged;
import city.circular.hub.organization.ChecksAccessFirst;
import city.circular.hub.organization.ForEditors;
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

@Path("/api/v1/council-decisions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Political anchoring", description = "Council and committee decisions and politicians' follow groups")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CouncilDecisionResource {

    private static final String INPUT_EXAMPLE = """
            {"body": "Rat der Stadt Musterstadt", "decidedOn": "2026-03-12", "reference": "Drucksache 0815/2026",
             "subject": "Kreislaufwirtschaftsstrategie der Stadt Musterstadt",
             "link": "https://ratsinfo.musterstadt.example/vorlage/0815-2026", "visibility": "NETWORK"}""";

    private final CouncilDecisionService service;

    public CouncilDecisionResource(CouncilDecisionService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List council decisions",
            description = "The council and committee decisions the caller may read, the latest first, one page at a "
                    + "time.")
    @APIResponse(responseCode = "200", description = "One page of decisions")
    public CouncilDecisionPage listCouncilDecisions(
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
            @Parameter(description = "Only this organization's decisions", schema = @Schema(format = "uuid"))
                    @QueryParam("organizationId")
                    String organizationId,
            @Parameter(description = "Only decisions on this strategy", schema = @Schema(format = "uuid"))
                    @QueryParam("strategyId")
                    String strategyId,
            @Parameter(description = "Only decisions on this starter project", schema = @Schema(format = "uuid"))
                    @QueryParam("projectId")
                    String projectId) {
        var filter = new CouncilDecisionRepository.Filter(
                QueryParams.uuid("organizationId", organizationId),
                QueryParams.uuid("strategyId", strategyId),
                QueryParams.uuid("projectId", projectId));
        return service.list(filter, PageRequest.of(limit, cursor));
    }

    @POST
    @ForEditors
    @Operation(
            summary = "Record a council decision",
            description = "Adds a decision of the caller's organization; a linked strategy or starter project must "
                    + "be the organization's own (422).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = CouncilDecisionInput.class),
                            examples = @ExampleObject(name = "council", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = CouncilDecisionView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "council decision"))
    public Response createCouncilDecision(@Valid @NotNull CouncilDecisionInput input, UriInfo uri) {
        CouncilDecision created = service.create(input);
        return Tagged.created(uri, created.id, CouncilDecisionView.of(created), created.version);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a council decision", description = "One decision, with its version as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The decision",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = CouncilDecisionView.class)))
    public Response getCouncilDecision(@PathParam("id") UUID id) {
        CouncilDecision decision = service.get(id);
        return Tagged.ok(CouncilDecisionView.of(decision), decision.version);
    }

    @PUT
    @ChecksAccessFirst(CouncilDecisionService.class)
    @Path("/{id}")
    @Operation(
            summary = "Update a council decision",
            description = "Replaces the decision's fields. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = CouncilDecisionInput.class),
                            examples = @ExampleObject(name = "council", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The updated decision",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = CouncilDecisionView.class)))
    public Response updateCouncilDecision(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CouncilDecisionInput input) {
        CouncilDecision decision = service.update(id, ifMatch, input);
        return Tagged.ok(CouncilDecisionView.of(decision), decision.version);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            summary = "Delete a council decision",
            description = "A strategy adopted by the decision keeps its adoption without the link. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteCouncilDecision(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
