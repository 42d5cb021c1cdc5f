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

@Path("/api/v1/follow-groups")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Political anchoring")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class FollowGroupResource {

    private static final String GROUP_EXAMPLE = """
            {"name": "Politische Begleitgruppe Kreislaufstadt",
             "description": "Je ein Mitglied jeder Ratsfraktion, zweimal im Jahr", "visibility": "PRIVATE"}""";

    private static final String MEETING_EXAMPLE = """
            {"heldOn": "2026-04-20", "topics": "Stand der Strategie, Bauteilkataster",
             "notes": "Die Gruppe unterstützt die Vorlage für den Bauausschuss."}""";

    private final FollowGroupService service;

    public FollowGroupResource(FollowGroupService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List follow groups", description = "The follow groups the caller may read, by name.")
    @APIResponse(responseCode = "200", description = "One page of follow groups")
    public FollowGroupPage listFollowGroups(
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
            @Parameter(description = "Only this organization's groups", schema = @Schema(format = "uuid"))
                    @QueryParam("organizationId")
                    String organizationId) {
        return service.list(QueryParams.uuid("organizationId", organizationId), PageRequest.of(limit, cursor));
    }

    @POST
    @ForEditors
    @Operation(summary = "Create a follow group", description = "Adds a follow group of the caller's organization.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = FollowGroupInput.class),
                            examples = @ExampleObject(name = "group", value = GROUP_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = FollowGroupView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "follow group"))
    public Response createFollowGroup(@Valid @NotNull FollowGroupInput input, UriInfo uri) {
        FollowGroup created = service.create(input);
        return Tagged.created(uri, created.id, FollowGroupView.of(created), created.version);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a follow group", description = "One follow group, with its version as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The follow group",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = FollowGroupView.class)))
    public Response getFollowGroup(@PathParam("id") UUID id) {
        FollowGroup group = service.get(id);
        return Tagged.ok(FollowGroupView.of(group), group.version);
    }

    @PUT
    @ChecksAccessFirst(FollowGroupService.class)
    @Path("/{id}")
    @Operation(summary = "Update a follow group", description = "Replaces the group's fields. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = FollowGroupInput.class),
                            examples = @ExampleObject(name = "group", value = GROUP_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The updated follow group",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = FollowGroupView.class)))
    public Response updateFollowGroup(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull FollowGroupInput input) {
        FollowGroup group = service.update(id, ifMatch, input);
        return Tagged.ok(FollowGroupView.of(group), group.version);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            summary = "Delete a follow group",
            description = "Deletes the group with its meetings. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteFollowGroup(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @Path("/{id}/meetings")
    @Operation(summary = "List a follow group's meetings", description = "The meetings, the latest first.")
    @APIResponse(responseCode = "200", description = "The meetings")
    public MeetingList listFollowGroupMeetings(@PathParam("id") UUID id) {
        return service.meetings(id);
    }

    @POST
    @ChecksAccessFirst(FollowGroupService.class)
    @Path("/{id}/meetings")
    @Operation(summary = "Record a follow group meeting", description = "Adds a meeting to the group's record.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = MeetingInput.class),
                            examples = @ExampleObject(name = "meeting", value = MEETING_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = MeetingView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "meeting"))
    public Response createFollowGroupMeeting(
            @PathParam("id") UUID id, @Valid @NotNull MeetingInput input, UriInfo uri) {
        FollowGroupMeeting meeting = service.addMeeting(id, input);
        return Tagged.created(uri, meeting.id, MeetingView.of(meeting), meeting.version);
    }

    @GET
    @Path("/{id}/meetings/{meetingId}")
    @Operation(summary = "Get a follow group meeting", description = "One meeting, with its version as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The meeting",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    public Response getFollowGroupMeeting(@PathParam("id") UUID id, @PathParam("meetingId") UUID meetingId) {
        FollowGroupMeeting meeting = service.meeting(id, meetingId);
        return Tagged.ok(MeetingView.of(meeting), meeting.version);
    }

    @PUT
    @ChecksAccessFirst(FollowGroupService.class)
    @Path("/{id}/meetings/{meetingId}")
    @Operation(
            summary = "Update a follow group meeting",
            description = "Replaces the meeting's fields. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = MeetingInput.class),
                            examples = @ExampleObject(name = "meeting", value = MEETING_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The updated meeting",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    public Response updateFollowGroupMeeting(
            @PathParam("id") UUID id,
            @PathParam("meetingId") UUID meetingId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MeetingInput input) {
        FollowGroupMeeting meeting = service.updateMeeting(id, meetingId, ifMatch, input);
        return Tagged.ok(MeetingView.of(meeting), meeting.version);
    }

    @DELETE
    @Path("/{id}/meetings/{meetingId}")
    @Operation(summary = "Delete a follow group meeting", description = "Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteFollowGroupMeeting(
            @PathParam("id") UUID id,
            @PathParam("meetingId") UUID meetingId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteMeeting(id, meetingId, ifMatch);
    }
}
