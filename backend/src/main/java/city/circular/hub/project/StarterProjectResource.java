package city.circular.hub.project;

import city.circular.hub.change.ChangeHistory;
import city.circular.hub.change.HistoryPage;
import city.circular.hub.common.ApiDocumentationFilter;
import city.circular.hub.common.Downloads;
import city.circular.hub.common.PageParams;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.Problem;
import city.circular.hub.common.QueryParams;
import city.circular.hub.common.Table;
import city.circular.hub.common.Tagged;
import city.circular.hub.fieldofaction.FieldOfActionCodes;
import city.circular.hub.organization.ChecksAccessFirst;
import city.circular.hub.organization.ForEditors;
import city.circular.hub.project.ProjectViews.MeasureView;
import city.circular.hub.project.ProjectViews.ProjectPage;
import city.circular.hub.project.ProjectViews.ProjectView;
import city.circular.hub.project.ProjectViews.StatusUpdateView;
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
import java.util.List;
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

@Path("/api/v1/starter-projects")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Starter projects", description = "Starter projects with their parties, measures, impact and status log")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class StarterProjectResource {

    private static final String BULK_EXAMPLE = """
            {"items": [{"externalId": "pdb-0815", "title": "Materialbörse Bau", "fieldsOfAction": ["CONSTRUCTION_BUILDINGS"],\n             "visibility": "NETWORK"}, {"externalId": "pdb-0816", "title": "Repair-Café im Quartier"}]}""";

    private static final String INPUT_EXAMPLE = """
            {"title": "Materialbörse Bau", "summary": "Bauteile aus Rückbau vermitteln.",
             "fieldsOfAction": ["CONSTRUCTION_BUILDINGS"], "startDate": "2026-04-01",
             "plannedCompletion": "2027-06-30", "budgetPlanned": 250000, "fundingSource": "EFRE/ERDF",
             "visibility": "NETWORK"}""";
    private static final String MEASURE_EXAMPLE = """
            {"title": "Rückbau Schule Nord: Bauteile erfassen", "responsible": "Hochbauamt", "status": "IN_PROGRESS",
             "cost": 45000, "co2eTonnesPerYear": 120.5, "co2eMethod": "Ökobaudat", "co2eConfidence": "MEDIUM",
             "materialReusedT": 300, "steps": [{"title": "Bauteilkatalog", "done": true},
             {"title": "Börse online", "done": false}], "externalId": "massn-017"}""";
    private static final String MEASURE_BULK_EXAMPLE = "{\"items\": [" + MEASURE_EXAMPLE + "]}";

    /** The list filters, shared by the list and the export. */
    public static class Filters {
        @Parameter(description = "Only this organization's projects", schema = @Schema(format = "uuid"))
        @QueryParam("organizationId")
        String organizationId;

        @Parameter(description = "Only projects of this strategy", schema = @Schema(format = "uuid"))
        @QueryParam("strategyId")
        String strategyId;

        @Parameter(description = "Only projects in this status", schema = @Schema(implementation = ProjectStatus.class))
        @QueryParam("status")
        String status;

        @Parameter(
                description = FieldOfActionCodes.FILTER_DESCRIPTION,
                schema = @Schema(pattern = FieldOfActionCodes.PATTERN))
        @QueryParam("fieldOfAction")
        String fieldOfAction;

        @Parameter(description = "Only projects this stakeholder is RESPONSIBLE for", schema = @Schema(format = "uuid"))
        @QueryParam("responsibleStakeholderId")
        String responsible;

        @Parameter(description = "Text contained in the title or summary")
        @QueryParam("q")
        String text;

        @Parameter(
                description = "Only projects changed at or after this instant",
                schema = @Schema(format = "date-time"))
        @QueryParam("updatedSince")
        String updatedSince;

        ProjectRepository.Filter parse() {
            return new ProjectRepository.Filter(
                    QueryParams.uuid("organizationId", organizationId),
                    QueryParams.uuid("strategyId", strategyId),
                    QueryParams.enumValue("status", status, ProjectStatus.class),
                    FieldOfActionCodes.filter("fieldOfAction", fieldOfAction),
                    QueryParams.uuid("responsibleStakeholderId", responsible),
                    QueryParams.text("q", text),
                    QueryParams.instant("updatedSince", updatedSince));
        }
    }

    private final StarterProjectService service;
    private final MeasureService measures;
    private final StatusUpdateService statusUpdates;
    private final ProjectExport export;
    private final ChangeHistory history;

    private final Upserts upserts;
    private final StarterProjectUpserts byExternalId;

    public StarterProjectResource(
            StarterProjectService service,
            MeasureService measures,
            StatusUpdateService statusUpdates,
            ProjectExport export,
            ChangeHistory history,
            Upserts upserts,
            StarterProjectUpserts byExternalId) {
        this.upserts = upserts;
        this.byExternalId = byExternalId;
        this.service = service;
        this.measures = measures;
        this.statusUpdates = statusUpdates;
        this.export = export;
        this.history = history;
    }

    @GET
    @Operation(
            summary = "List starter projects",
            description = "The projects the caller may read, newest change first, with their impact totals.")
    @APIResponse(responseCode = "200", description = "One page of projects")
    public ProjectPage listStarterProjects(
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
            @BeanParam Filters filters) {
        return service.list(filters.parse(), PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/export")
    @Produces({Table.CSV, Table.XLSX})
    @Operation(
            summary = "Export starter projects",
            description = "Every project the filters match, one row per measure with its impact, as CSV (UTF-8) or "
                    + "XLSX. Contains no personal data.")
    @APIResponse(
            responseCode = "200",
            description = "The export file",
            content = {
                @Content(mediaType = Table.CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = Table.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response exportStarterProjects(
            @Parameter(description = "csv (default) or xlsx") @QueryParam("format") String format,
            @BeanParam Filters filters) {
        Downloads.Format chosen = Downloads.Format.parse(format);
        return Downloads.of(export.table(service.all(filters.parse())), chosen, "starter-projects");
    }

    @POST
    @ForEditors
    @Operation(summary = "Create a starter project", description = "Creates a project in status IDEA.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = ProjectInput.class),
                            examples = @ExampleObject(name = "project", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ProjectView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "project"))
    public Response createStarterProject(@Valid @NotNull ProjectInput input, UriInfo uri) {
        ProjectView created = service.create(input);
        return Tagged.created(uri, created.id(), created, created.version());
    }

    @PUT
    @ForEditors
    @Path("/by-external-id/{externalId}")
    @Operation(summary = "Create or replace a starter project by external id", description = UpsertDocs.DESCRIPTION)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = ProjectInput.class),
                            examples = @ExampleObject(name = "project", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ProjectView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "starter project"))
    @APIResponse(
            responseCode = "412",
            description = UpsertDocs.PRECONDITION_FAILED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upsertStarterProject(
            @BeanParam UpsertParams upsert, @BeanParam OwnerParam owner, @Valid @NotNull ProjectInput input) {
        Upserts.Outcome outcome =
                upserts.upsert(byExternalId, owner.organization(), upsert.externalId, input, upsert.conditions());
        return Upserts.answer(byExternalId, outcome);
    }

    @POST
    @ForEditors
    @Path("/bulk")
    @Operation(summary = "Create or replace up to 1,000 starter projects by external id", description = UpsertDocs.BULK)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = ProjectBulkInput.class),
                            examples = @ExampleObject(name = "projects", value = BULK_EXAMPLE)))
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
    public Response bulkUpsertStarterProjects(
            @BeanParam BulkParams how,
            @BeanParam OwnerParam owner,
            @Valid @NotNull ProjectBulkInput bulk,
            UriInfo uri) {
        return upserts.bulk(byExternalId, owner.organization(), bulk.items(), how.mode, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Get a starter project",
            description = "The project with its parties, measures and impact totals; its version as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The project",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    public Response getStarterProject(@PathParam("id") UUID id) {
        return withTag(service.get(id));
    }

    @PUT
    @ChecksAccessFirst(StarterProjectService.class)
    @Path("/{id}")
    @Operation(
            summary = "Update a starter project",
            description = "Replaces the client-owned fields and the parties. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = ProjectInput.class),
                            examples = @ExampleObject(name = "project", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The updated project",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    public Response updateStarterProject(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProjectInput input) {
        return withTag(service.update(id, ifMatch, input));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a starter project", description = "Deletes the project. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteStarterProject(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

    @POST
    @ChecksAccessFirst(StarterProjectService.class)
    @Path("/{id}/status")
    @Operation(
            summary = "Change a starter project's status",
            description = "Moves the project along IDEA → … → SCALED, puts it ON_HOLD or CANCELLED (with a reason), "
                    + "or resumes it. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = ProjectStatusChange.class),
                            examples = {
                                @ExampleObject(name = "shortlist", value = "{\"status\": \"SHORTLISTED\"}"),
                                @ExampleObject(
                                        name = "hold",
                                        value =
                                                "{\"status\": \"ON_HOLD\", \"reason\": \"Waiting for the funding decision\"}")
                            }))
    @APIResponse(
            responseCode = "200",
            description = "The project in its new status",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    public Response changeStarterProjectStatus(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProjectStatusChange change) {
        return withTag(service.changeStatus(id, ifMatch, change));
    }

    @POST
    @ChecksAccessFirst(StarterProjectService.class)
    @Path("/{id}/measures")
    @Operation(summary = "Add a measure", description = "Appends a measure to the project.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = MeasureInput.class),
                            examples = @ExampleObject(name = "measure", value = MEASURE_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = MeasureView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "measure"))
    public Response addMeasure(@PathParam("id") UUID id, @Valid @NotNull MeasureInput input, UriInfo uri) {
        Measure created = measures.addMeasure(id, input);
        return Tagged.created(uri, created.id, ProjectMapper.toView(created), created.version);
    }

    @PUT
    @ChecksAccessFirst(StarterProjectService.class)
    @Path("/{id}/measures/by-external-id/{externalId}")
    @Operation(
            summary = "Create or replace a measure by external id",
            description = "The external id of a measure is unique per project: only this project's measures are"
                    + " looked at. A new measure is appended as by the add operation. " + UpsertDocs.DESCRIPTION)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = MeasureInput.class),
                            examples = @ExampleObject(name = "measure", value = MEASURE_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = MeasureView.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = MeasureView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "measure"))
    @APIResponse(
            responseCode = "412",
            description = UpsertDocs.PRECONDITION_FAILED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upsertMeasure(
            @PathParam("id") UUID id, @BeanParam UpsertParams upsert, @Valid @NotNull MeasureInput input) {
        Upserts.Collection<MeasureInput> projectMeasures = measures.byExternalId(id);
        Upserts.Outcome outcome = upserts.upsert(projectMeasures, null, upsert.externalId, input, upsert.conditions());
        return Upserts.answer(projectMeasures, outcome);
    }

    @POST
    @ChecksAccessFirst(StarterProjectService.class)
    @Path("/{id}/measures/bulk")
    @Operation(
            summary = "Create or replace up to 1,000 measures of the project by external id",
            description = "Each item as by the upsert of a measure by external id. " + UpsertDocs.BULK)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = MeasureBulkInput.class),
                            examples = @ExampleObject(name = "measures", value = MEASURE_BULK_EXAMPLE)))
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
    public Response bulkUpsertMeasures(
            @PathParam("id") UUID id, @BeanParam BulkParams how, @Valid @NotNull MeasureBulkInput bulk, UriInfo uri) {
        return upserts.bulk(measures.byExternalId(id), null, bulk.items(), how.mode, uri);
    }

    @GET
    @Path("/{id}/measures/{measureId}")
    @Operation(summary = "Get a measure", description = "One measure with its steps and progress.")
    @APIResponse(
            responseCode = "200",
            description = "The measure",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = MeasureView.class)))
    public Response getMeasure(@PathParam("id") UUID id, @PathParam("measureId") UUID measureId) {
        Measure measure = measures.getMeasure(id, measureId);
        return Tagged.ok(ProjectMapper.toView(measure), measure.version);
    }

    @PUT
    @ChecksAccessFirst(StarterProjectService.class)
    @Path("/{id}/measures/{measureId}")
    @Operation(
            summary = "Update a measure",
            description = "Replaces the measure's fields and steps. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = MeasureInput.class),
                            examples = @ExampleObject(name = "measure", value = MEASURE_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The updated measure",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = MeasureView.class)))
    public Response updateMeasure(
            @PathParam("id") UUID id,
            @PathParam("measureId") UUID measureId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MeasureInput input) {
        Measure measure = measures.updateMeasure(id, measureId, ifMatch, input);
        return Tagged.ok(ProjectMapper.toView(measure), measure.version);
    }

    @DELETE
    @Path("/{id}/measures/{measureId}")
    @Operation(summary = "Delete a measure", description = "Removes the measure. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteMeasure(
            @PathParam("id") UUID id,
            @PathParam("measureId") UUID measureId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        measures.deleteMeasure(id, measureId, ifMatch);
    }

    @GET
    @Path("/{id}/status-updates")
    @Operation(summary = "List status updates", description = "The project's status-update log, newest first.")
    @APIResponse(responseCode = "200", description = "The log")
    public List<StatusUpdateView> listProjectStatusUpdates(@PathParam("id") UUID id) {
        return statusUpdates.statusUpdates(id).stream()
                .map(ProjectMapper::toView)
                .toList();
    }

    @POST
    @ChecksAccessFirst(StarterProjectService.class)
    @Path("/{id}/status-updates")
    @Operation(summary = "Add a status update", description = "Adds an entry to the project's status-update log.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = StatusUpdateInput.class),
                            examples =
                                    @ExampleObject(
                                            name = "update",
                                            value = "{\"text\": \"Bauteilkatalog fertig.\", \"progress\": 40}")))
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = StatusUpdateView.class)))
    public Response addProjectStatusUpdate(@PathParam("id") UUID id, @Valid @NotNull StatusUpdateInput input) {
        return Response.status(Response.Status.CREATED)
                .entity(ProjectMapper.toView(statusUpdates.addStatusUpdate(id, input)))
                .build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(
            summary = "Get a starter project's history",
            description =
                    "Every change to the starter project and its parts, newest first: who, when, in which request, "
                            + "and each field before and after. Readable by those who may read the starter project.")
    @APIResponse(
            responseCode = "200",
            description = "One page of the history",
            content = @Content(schema = @Schema(implementation = HistoryPage.class)))
    public HistoryPage getStarterProjectHistory(@PathParam("id") UUID id, @BeanParam PageParams page) {
        service.get(id); // 404 unless the caller may read it
        return history.of(id, page.limit, page.cursor);
    }

    private static Response withTag(ProjectView project) {
        return Tagged.ok(project, project.version());
    }
}
