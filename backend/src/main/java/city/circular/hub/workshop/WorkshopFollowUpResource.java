package city.circular.hub.workshop;

import city.circular.hub.common.ApiDocumentationFilter;
import city.circular.hub.common.Problem;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/workshops/{id}/follow-ups")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = WorkshopFollowUpResource.TAG, description = WorkshopFollowUpResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WorkshopFollowUpResource {

    static final String TAG = "Workshop follow-ups";
    static final String TAG_DESCRIPTION =
            "Tasks agreed in workshops, per workshop and across them (such as everything overdue)";

    private static final String INPUT_EXAMPLE = """
            {"title": "Protokoll an alle Teilnehmenden versenden", "owner": "Amt für Wirtschaftsförderung",
             "dueDate": "2026-03-24", "done": false}""";

    private final FollowUpService service;

    public WorkshopFollowUpResource(FollowUpService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List a workshop's follow-ups", description = "Every follow-up of the workshop by due date.")
    @APIResponse(responseCode = "200", description = "The follow-ups")
    public FollowUpList listWorkshopFollowUps(@PathParam("id") UUID id) {
        return service.list(id);
    }

    @POST
    @ChecksAccessFirst(WorkshopService.class)
    @Operation(summary = "Add a follow-up", description = "Records a task agreed in the workshop.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = FollowUpInput.class),
                            examples = @ExampleObject(name = "minutes", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = FollowUpView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "follow-up"))
    public Response createWorkshopFollowUp(@PathParam("id") UUID id, @Valid @NotNull FollowUpInput input, UriInfo uri) {
        FollowUpView created = service.create(id, input);
        return Tagged.created(uri, created.id(), created, created.version());
    }

    @GET
    @Path("/{followUpId}")
    @Operation(summary = "Get a follow-up", description = "One follow-up, with its version as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The follow-up",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = FollowUpView.class)))
    public Response getWorkshopFollowUp(@PathParam("id") UUID id, @PathParam("followUpId") UUID followUpId) {
        return withTag(service.get(id, followUpId));
    }

    @PUT
    @ChecksAccessFirst(WorkshopService.class)
    @Path("/{followUpId}")
    @Operation(
            summary = "Update a follow-up",
            description = "Replaces the follow-up's fields, such as marking it done. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = FollowUpInput.class),
                            examples = @ExampleObject(name = "minutes", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The updated follow-up",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = FollowUpView.class)))
    public Response updateWorkshopFollowUp(
            @PathParam("id") UUID id,
            @PathParam("followUpId") UUID followUpId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull FollowUpInput input) {
        return withTag(service.update(id, followUpId, ifMatch, input));
    }

    @DELETE
    @Path("/{followUpId}")
    @Operation(summary = "Delete a follow-up", description = "Deletes the follow-up. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteWorkshopFollowUp(
            @PathParam("id") UUID id,
            @PathParam("followUpId") UUID followUpId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, followUpId, ifMatch);
    }

    private static Response withTag(FollowUpView followUp) {
        return Tagged.ok(followUp, followUp.version());
    }
}
