package city.circular.hub.network;

import city.circular.hub.common.ApiDocumentationFilter;
import city.circular.hub.common.Problem;
import city.circular.hub.common.QueryParams;
import city.circular.hub.common.Tagged;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1/networks/{id}/events/{eventId}/status-reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Networks")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class StatusReportResource {

    private static final String INPUT_EXAMPLE = """
            {"progress": "Zwei Starterprojekte sind in der Umsetzung, das Bauteilkataster ist beschlossen.",
             "nextSteps": "Vergabekriterien für Recyclingbeton im Bauausschuss",
             "helpNeeded": "Erfahrungen anderer Städte mit Rückbaukonzepten"}""";

    private final StatusReportService service;

    public StatusReportResource(StatusReportService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List a status update's reports",
            description = "The reports submitted for the event and, per member municipality, whether it has "
                    + "reported. Read by everyone who reads the network's events.")
    @APIResponse(responseCode = "200", description = "The reports and who has reported")
    public StatusReportList listNetworkStatusReports(@PathParam("id") UUID id, @PathParam("eventId") UUID eventId) {
        return service.list(id, eventId);
    }

    @GET
    @Path("/draft")
    @Operation(
            summary = "Get a pre-filled status report",
            description = "What the member municipality's report would contain if submitted now: the starter "
                    + "projects that changed status, measures completed, indicator values added and workshops held "
                    + "since its previous report in this network (or since it joined). For the member's editors; "
                    + "422 for an event that is not a VIRTUAL_STATUS_UPDATE.")
    @APIResponse(
            responseCode = "200",
            description = "The draft",
            content = @Content(schema = @Schema(implementation = StatusReportDraft.class)))
    @APIResponse(
            responseCode = "422",
            description = "Not a status update, or not a member municipality",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatusReportDraft getNetworkStatusReportDraft(
            @PathParam("id") UUID id,
            @PathParam("eventId") UUID eventId,
            @Parameter(
                            description = "The reporting member; needed when the caller edits for more than one",
                            schema = @Schema(format = "uuid"))
                    @QueryParam("organizationId")
                    String organizationId) {
        return service.draft(id, eventId, QueryParams.uuid("organizationId", organizationId));
    }

    @POST
    @Operation(
            summary = "Submit a status report",
            description = "A member municipality's editors submit its one report for the status update; the hub "
                    + "counts and keeps the figures of the draft at this moment. 409 if it has reported already.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = StatusReportInput.class),
                            examples = @ExampleObject(name = "report", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Submitted",
            content = @Content(schema = @Schema(implementation = StatusReportView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "status report"))
    public Response submitNetworkStatusReport(
            @PathParam("id") UUID id,
            @PathParam("eventId") UUID eventId,
            @Valid @NotNull StatusReportInput input,
            UriInfo uri) {
        StatusReportView report = service.submit(id, eventId, input);
        return Tagged.created(uri, report.id(), report, report.version());
    }

    @GET
    @Path("/{reportId}")
    @Operation(summary = "Get a status report", description = "One report with its version as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = StatusReportView.class)))
    public Response getNetworkStatusReport(
            @PathParam("id") UUID id, @PathParam("eventId") UUID eventId, @PathParam("reportId") UUID reportId) {
        StatusReportView report = service.get(id, eventId, reportId);
        return Tagged.ok(report, report.version());
    }

    @PUT
    @Path("/{reportId}")
    @Operation(
            summary = "Change a status report",
            description = "The member's editors change the report's words; its figures stay as counted when it was "
                    + "submitted. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = StatusReportInput.class),
                            examples = @ExampleObject(name = "report", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The report",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = StatusReportView.class)))
    public Response updateNetworkStatusReport(
            @PathParam("id") UUID id,
            @PathParam("eventId") UUID eventId,
            @PathParam("reportId") UUID reportId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StatusReportInput input) {
        StatusReportView report = service.update(id, eventId, reportId, ifMatch, input);
        return Tagged.ok(report, report.version());
    }
}
