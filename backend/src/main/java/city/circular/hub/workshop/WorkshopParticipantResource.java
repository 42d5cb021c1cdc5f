package city.circular.hub.workshop;

import city.circular.hub.common.ApiDocumentationFilter;
import city.circular.hub.common.Downloads;
import city.circular.hub.common.Problem;
import city.circular.hub.common.Table;
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

@Path("/api/v1/workshops/{id}/participants")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Workshop participants",
        description = "Stakeholders taking part in a workshop: registration within the capacity, the waitlist, "
                + "attendance and the balance of sectors")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WorkshopParticipantResource {

    private final ParticipantService service;

    public WorkshopParticipantResource(ParticipantService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List a workshop's participants",
            description = "Every participant by stakeholder name, with counts per status and, for every sector, "
                    + "the seats taken and the attendance. Counts cover all participants; items leave out "
                    + "stakeholders the caller may not read.")
    @APIResponse(responseCode = "200", description = "The participants")
    public ParticipantList listWorkshopParticipants(@PathParam("id") UUID id) {
        return service.list(id);
    }

    @POST
    @ChecksAccessFirst(WorkshopService.class)
    @Operation(
            summary = "Add a participant",
            description = "Adds a stakeholder of the workshop organization's register (`stakeholderId`), or a new "
                    + "organisation that is added to the register in the same step (`newStakeholder`). A "
                    + "registration when every seat is taken goes to the WAITLIST; the response's status says "
                    + "which. A stakeholder takes part once (409).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = ParticipantInput.class),
                            examples = {
                                @ExampleObject(
                                        name = "from the register",
                                        value = "{\"stakeholderId\": \"3d0c2b1a-5e4f-4a3b-9c8d-7e6f5a4b3c2d\"}"),
                                @ExampleObject(
                                        name = "new stakeholder",
                                        value = "{\"newStakeholder\": {\"name\": \"Unverpackt-Laden Musterstadt\", "
                                                + "\"sector\": \"BUSINESS\"}, \"status\": \"INVITED\"}")
                            }))
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = ParticipantView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "participant"))
    public Response addWorkshopParticipant(
            @PathParam("id") UUID id, @Valid @NotNull ParticipantInput input, UriInfo uri) {
        ParticipantView added = service.add(id, input);
        return Tagged.created(uri, added.id(), added, added.version());
    }

    @GET
    @Path("/export")
    @Produces({Table.CSV, Table.XLSX})
    @Operation(
            summary = "Export a workshop's participants",
            description = "The participating organisations with sector, fields of action and status, as CSV (UTF-8)"
                    + " or XLSX. Lists stakeholders, never their contact persons.")
    @APIResponse(
            responseCode = "200",
            description = "The export file",
            content = {
                @Content(mediaType = Table.CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = Table.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response exportWorkshopParticipants(
            @PathParam("id") UUID id,
            @Parameter(
                            description = "csv (default) or xlsx",
                            schema =
                                    @Schema(
                                            enumeration = {"csv", "xlsx"},
                                            defaultValue = "csv"))
                    @QueryParam("format")
                    String format) {
        Downloads.Format chosen = Downloads.Format.parse(format);
        return Downloads.of(service.export(id), chosen, "workshop-participants");
    }

    @GET
    @Path("/{participantId}")
    @Operation(summary = "Get a participant", description = "One participant, with its version as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The participant",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    public Response getWorkshopParticipant(@PathParam("id") UUID id, @PathParam("participantId") UUID participantId) {
        return withTag(service.get(id, participantId));
    }

    @PUT
    @ChecksAccessFirst(WorkshopService.class)
    @Path("/{participantId}")
    @Operation(
            summary = "Change a participant's status",
            description = "Moves the participant to another status. REGISTERED without a free seat puts them on "
                    + "the WAITLIST (keeping their place if they wait already). A participant who gives up a seat "
                    + "(other than as NO_SHOW) makes room for the longest-waiting one. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = ParticipantUpdate.class),
                            examples = @ExampleObject(name = "attended", value = "{\"status\": \"ATTENDED\"}")))
    @APIResponse(
            responseCode = "200",
            description = "The participant in their new status",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    public Response updateWorkshopParticipant(
            @PathParam("id") UUID id,
            @PathParam("participantId") UUID participantId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ParticipantUpdate input) {
        return withTag(service.update(id, participantId, ifMatch, input));
    }

    @DELETE
    @Path("/{participantId}")
    @Operation(
            summary = "Remove a participant",
            description = "Removes the participant (the stakeholder stays in the register); a freed seat goes to "
                    + "the longest-waiting participant. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeWorkshopParticipant(
            @PathParam("id") UUID id,
            @PathParam("participantId") UUID participantId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.remove(id, participantId, ifMatch);
    }

    private static Response withTag(ParticipantView participant) {
        return Tagged.ok(participant, participant.version());
    }
}
