package city.circular.hub.workshop;

import city.circular.hub.change.ChangeHistory;
import city.circular.hub.change.HistoryPage;
import city.circular.hub.common.ApiDocumentationFilter;
import city.circular.hub.common.PageParams;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.Problem;
import city.circular.hub.common.QueryParams;
import city.circular.hub.common.Tagged;
import city.circular.hub.organization.ChecksAccessFirst;
import city.circular.hub.organization.ForEditors;
import city.circular.hub.sync.BulkFailure;
import city.circular.hub.sync.BulkParams;
import city.circular.hub.sync.BulkResult;
import city.circular.hub.sync.OwnerParam;
import city.circular.hub.sync.UpsertDocs;
import city.circular.hub.sync.UpsertParams;
import city.circular.hub.sync.Upserts;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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

@Path("/api/v1/workshops")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Workshops",
        description = "Moderated workshops of a municipality: time, place, facilitators, capacity, minutes and the "
                + "agenda")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WorkshopResource {

    private static final String BULK_EXAMPLE = """
            {"items": [{"externalId": "ws-2026-03", "strategyId": "6f1f9f5e-2d0c-4a51-9d76-5b8f0d9e4a11",
             "title": "Auftaktworkshop Kreislaufstadt", "purpose": "KICK_OFF", "format": "IN_PERSON",
             "startsAt": "2026-03-10T09:00:00+01:00", "endsAt": "2026-03-10T12:00:00+01:00",
             "place": "Rathaus, Ratssaal", "capacity": 30, "visibility": "NETWORK"}]}""";

    private static final String INPUT_EXAMPLE = """
            {"strategyId": "6f1f9f5e-2d0c-4a51-9d76-5b8f0d9e4a11", "title": "Auftaktworkshop Kreislaufstadt",
             "purpose": "KICK_OFF", "format": "HYBRID", "startsAt": "2026-03-10T09:00:00+01:00",
             "endsAt": "2026-03-10T12:00:00+01:00", "place": "Rathaus, Ratssaal",
             "onlineLink": "https://meet.example/kreislauf",
             "facilitators": [{"organizationName": "Wuppertal Institut", "role": "Moderation"}],
             "capacity": 30, "visibility": "NETWORK"}""";
    private static final String AGENDA_EXAMPLE = """
            {"items": [
              {"title": "Begrüßung", "durationMinutes": 15, "responsible": "Oberbürgermeisterin"},
              {"title": "Ideen sammeln", "durationMinutes": 60, "method": "World Café",
               "responsible": "Wuppertal Institut", "expectedOutput": "Ideenliste je Handlungsfeld"},
              {"title": "Priorisieren", "durationMinutes": 30, "method": "Punktabfrage"}]}""";

    private final WorkshopService service;

    private final ChangeHistory history;

    private final Upserts upserts;
    private final WorkshopUpserts byExternalId;

    public WorkshopResource(
            WorkshopService service, ChangeHistory history, Upserts upserts, WorkshopUpserts byExternalId) {
        this.upserts = upserts;
        this.byExternalId = byExternalId;
        this.service = service;
        this.history = history;
    }

    @GET
    @Operation(
            summary = "List workshops",
            description = "The workshops the caller may read in chronological order, one page at a time, with the "
                    + "seats taken. `from` and `to` keep the workshops that take place (at least partly) between "
                    + "them.")
    @APIResponse(responseCode = "200", description = "One page of workshops")
    public WorkshopPage listWorkshops(
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
            @Parameter(description = "Only this organization's workshops", schema = @Schema(format = "uuid"))
                    @QueryParam("organizationId")
                    String organizationId,
            @Parameter(description = "Only workshops on this strategy", schema = @Schema(format = "uuid"))
                    @QueryParam("strategyId")
                    String strategyId,
            @Parameter(
                            description = "Only workshops in this status",
                            schema = @Schema(implementation = WorkshopStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(
                            description = "Only workshops ending after this instant (RFC 3339)",
                            schema = @Schema(format = "date-time"))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "Only workshops starting before this instant (RFC 3339)",
                            schema = @Schema(format = "date-time"))
                    @QueryParam("to")
                    String to,
            @Parameter(description = "Text contained in the title, place or minutes (case-insensitive)")
                    @QueryParam("q")
                    String text) {
        var filter = new WorkshopRepository.Filter(
                QueryParams.uuid("organizationId", organizationId),
                QueryParams.uuid("strategyId", strategyId),
                QueryParams.enumValue("status", status, WorkshopStatus.class),
                QueryParams.instant("from", from),
                QueryParams.instant("to", to),
                QueryParams.text("q", text));
        return service.list(filter, PageRequest.of(limit, cursor));
    }

    @POST
    @ForEditors
    @Operation(
            summary = "Create a workshop",
            description = "Plans a workshop for the caller's organization. A linked strategy must be one the caller "
                    + "edits, of the same organization; facilitators from the register must be its stakeholders.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = WorkshopInput.class),
                            examples = @ExampleObject(name = "kick-off", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = WorkshopView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "workshop"))
    public Response createWorkshop(@Valid @NotNull WorkshopInput input, UriInfo uri) {
        WorkshopView created = service.create(input);
        return Tagged.created(uri, created.id(), created, created.version());
    }

    @PUT
    @ForEditors
    @Path("/by-external-id/{externalId}")
    @Operation(summary = "Create or replace a workshop by external id", description = UpsertDocs.DESCRIPTION)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = WorkshopInput.class),
                            examples = @ExampleObject(name = "workshop", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = WorkshopView.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = WorkshopView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "workshop"))
    @APIResponse(
            responseCode = "412",
            description = UpsertDocs.PRECONDITION_FAILED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upsertWorkshop(
            @BeanParam UpsertParams upsert, @BeanParam OwnerParam owner, @Valid @NotNull WorkshopInput input) {
        Upserts.Outcome outcome =
                upserts.upsert(byExternalId, owner.organization(), upsert.externalId, input, upsert.conditions());
        return Upserts.answer(byExternalId, outcome);
    }

    @POST
    @ForEditors
    @Path("/bulk")
    @Operation(summary = "Create or replace up to 1,000 workshops by external id", description = UpsertDocs.BULK)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = WorkshopBulkInput.class),
                            examples = @ExampleObject(name = "workshops", value = BULK_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "One result per item",
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(
            responseCode = "413",
            description = UpsertDocs.BULK_TOO_LARGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = UpsertDocs.BULK_FAILURE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = BulkFailure.class)))
    public Response bulkUpsertWorkshops(
            @BeanParam BulkParams how,
            @BeanParam OwnerParam owner,
            @Valid @NotNull WorkshopBulkInput bulk,
            UriInfo uri) {
        return upserts.bulk(byExternalId, owner.organization(), bulk.items(), how.mode, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Get a workshop",
            description = "One workshop with its facilitators and agenda, with its version as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The workshop",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = WorkshopView.class)))
    public Response getWorkshop(@PathParam("id") UUID id) {
        return withTag(service.get(id));
    }

    @PUT
    @ChecksAccessFirst(WorkshopService.class)
    @Path("/{id}")
    @Operation(
            summary = "Update a workshop",
            description = "Replaces the client-owned fields, facilitators included; fields left out become empty. "
                    + "The workshop must stay long enough for its agenda, and its capacity not below the seats "
                    + "taken; a larger capacity moves waitlisted participants up. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = WorkshopInput.class),
                            examples = @ExampleObject(name = "kick-off", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The updated workshop",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = WorkshopView.class)))
    public Response updateWorkshop(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WorkshopInput input) {
        return withTag(service.update(id, ifMatch, input));
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            summary = "Delete a workshop",
            description = "Deletes the workshop with its agenda, participants, outcomes and follow-ups. The "
                    + "stakeholders stay in the register. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteWorkshop(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @Path("/{id}/agenda")
    @Operation(
            summary = "Get a workshop's agenda",
            description = "The agenda in order, each item with its start and end computed from the workshop's "
                    + "start. The ETag is the workshop's: the agenda is part of it.")
    @APIResponse(
            responseCode = "200",
            description = "The agenda",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = WorkshopView.Agenda.class)))
    public Response getWorkshopAgenda(@PathParam("id") UUID id) {
        return agendaOf(service.get(id));
    }

    @PUT
    @ChecksAccessFirst(WorkshopService.class)
    @Path("/{id}/agenda")
    @Operation(
            summary = "Replace a workshop's agenda",
            description = "Replaces the whole agenda with the items in the order given. An agenda longer than the "
                    + "workshop is refused with 422 and changes nothing. Requires If-Match with the workshop's ETag; "
                    + "the workshop gets a new version.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = AgendaInput.class),
                            examples = @ExampleObject(name = "morning", value = AGENDA_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The new agenda",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = WorkshopView.Agenda.class)))
    public Response replaceWorkshopAgenda(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AgendaInput input) {
        return agendaOf(service.replaceAgenda(id, ifMatch, input));
    }

    private static Response withTag(WorkshopView workshop) {
        return Tagged.ok(workshop, workshop.version());
    }

    @GET
    @Path("/{id}/history")
    @Operation(
            summary = "Get a workshop's history",
            description = "Every change to the workshop and its parts, newest first: who, when, in which request, "
                    + "and each field before and after. Readable by those who may read the workshop.")
    @APIResponse(
            responseCode = "200",
            description = "One page of the history",
            content = @Content(schema = @Schema(implementation = HistoryPage.class)))
    public HistoryPage getWorkshopHistory(@PathParam("id") UUID id, @BeanParam PageParams page) {
        service.get(id); // 404 unless the caller may read it
        return history.of(id, page.limit, page.cursor);
    }

    private static Response agendaOf(WorkshopView workshop) {
        return Tagged.ok(workshop.agenda(), workshop.version());
    }
}
