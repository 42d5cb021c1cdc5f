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

@Path("/api/v1/networks/{id}/events")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Networks")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class NetworkEventResource {

    private static final String INPUT_EXAMPLE = """
            {"kind": "VIRTUAL_STATUS_UPDATE", "title": "Virtueller Statustermin März",
             "startsAt": "2026-03-12T09:00:00+01:00", "endsAt": "2026-03-12T11:00:00+01:00",
             "onlineLink": "https://meet.example/netzwerk",
             "agenda": [{"title": "Begrüßung", "durationMinutes": 10},
                        {"title": "Berichte der Städte", "durationMinutes": 80, "method": "Kurzberichte"},
                        {"title": "Ausblick", "durationMinutes": 20}],
             "materials": [{"title": "Folien", "url": "https://files.example/maerz.pdf"}]}""";

    private final NetworkEventService service;

    public NetworkEventResource(NetworkEventService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List a network's events",
            description = "The network's schedule by start, one page at a time. Read by the coordinator, the accepted "
                    + "members and platform administrators. `from` and `to` keep the events that take place (at "
                    + "least partly) between them.")
    @APIResponse(responseCode = "200", description = "One page of the schedule")
    public EventPage listNetworkEvents(
            @PathParam("id") UUID id,
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
            @Parameter(description = "Only events of this kind", schema = @Schema(implementation = EventKind.class))
                    @QueryParam("kind")
                    String kind,
            @Parameter(
                            description = "Only events ending after this instant (RFC 3339)",
                            schema = @Schema(format = "date-time"))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "Only events starting before this instant (RFC 3339)",
                            schema = @Schema(format = "date-time"))
                    @QueryParam("to")
                    String to) {
        var filter = new EventRepository.Filter(
                QueryParams.enumValue("kind", kind, EventKind.class),
                QueryParams.instant("from", from),
                QueryParams.instant("to", to));
        return service.schedule(id, filter, PageRequest.of(limit, cursor));
    }

    @POST
    @ChecksAccessFirst(NetworkEventService.class)
    @Operation(
            summary = "Plan a network event",
            description = "The coordinator's editors plan an event. Its agenda, if any, must fit into it (422).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = EventInput.class),
                            examples = @ExampleObject(name = "status update", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Planned",
            content = @Content(schema = @Schema(implementation = EventView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "event"))
    public Response createNetworkEvent(@PathParam("id") UUID id, @Valid @NotNull EventInput input, UriInfo uri) {
        EventView created = service.create(id, input);
        return Tagged.created(uri, created.id(), created, created.version());
    }

    @GET
    @Path("/{eventId}")
    @Operation(summary = "Get a network event", description = "One event with its agenda and its version as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The event",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response getNetworkEvent(@PathParam("id") UUID id, @PathParam("eventId") UUID eventId) {
        EventView event = service.get(id, eventId);
        return Tagged.ok(event, event.version());
    }

    @PUT
    @ChecksAccessFirst(NetworkEventService.class)
    @Path("/{eventId}")
    @Operation(
            summary = "Update a network event",
            description = "Replaces the event's fields, agenda and materials included; the agenda must fit the new "
                    + "times. The coordinator's editors only. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = EventInput.class),
                            examples = @ExampleObject(name = "status update", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The updated event",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response updateNetworkEvent(
            @PathParam("id") UUID id,
            @PathParam("eventId") UUID eventId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EventInput input) {
        EventView event = service.update(id, eventId, ifMatch, input);
        return Tagged.ok(event, event.version());
    }

    @DELETE
    @Path("/{eventId}")
    @Operation(
            summary = "Delete a network event",
            description = "Deletes the event with its attendance and status reports. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteNetworkEvent(
            @PathParam("id") UUID id,
            @PathParam("eventId") UUID eventId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, eventId, ifMatch);
    }

    @GET
    @Path("/{eventId}/attendance")
    @Operation(
            summary = "List an event's attendance",
            description = "Every accepted member with its attendance (INVITED until recorded), by name, and the "
                    + "people registered or attending added up.")
    @APIResponse(responseCode = "200", description = "The attendance")
    public AttendanceList listNetworkEventAttendance(@PathParam("id") UUID id, @PathParam("eventId") UUID eventId) {
        return service.attendance(id, eventId);
    }

    @PUT
    @Path("/{eventId}/attendance/{organizationId}")
    @Operation(
            summary = "Record a member's attendance",
            description = "A member's editors record its own attendance; the coordinator's editors record anyone's "
                    + "(attendance taking). The first recording needs no If-Match; changing a recorded one requires "
                    + "If-Match with the attendance's version.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = AttendanceInput.class),
                            examples =
                                    @ExampleObject(
                                            name = "registered",
                                            value = "{\"status\": \"REGISTERED\", \"people\": 2}")))
    @APIResponse(
            responseCode = "200",
            description = "The attendance",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = AttendanceView.class)))
    public Response recordNetworkEventAttendance(
            @PathParam("id") UUID id,
            @PathParam("eventId") UUID eventId,
            @PathParam("organizationId") UUID organizationId,
            @Parameter(description = "The attendance's version; required once it was recorded")
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @Valid @NotNull AttendanceInput input) {
        AttendanceView attendance = service.record(id, eventId, organizationId, ifMatch, input);
        return Tagged.ok(attendance, attendance.version());
    }
}
