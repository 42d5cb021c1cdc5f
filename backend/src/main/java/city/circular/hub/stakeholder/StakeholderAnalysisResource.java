package city.circular.hub.stakeholder;

import city.circular.hub.common.ApiDocumentationFilter;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.Problem;
import city.circular.hub.common.QueryParams;
import city.circular.hub.common.Tagged;
import city.circular.hub.common.Versions;
import city.circular.hub.organization.ChecksAccessFirst;
import city.circular.hub.organization.ForEditors;
import city.circular.hub.sync.BulkFailure;
import city.circular.hub.sync.BulkParams;
import city.circular.hub.sync.BulkResult;
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

@Path("/api/v1/stakeholder-analyses")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Stakeholder analyses", description = "Analyses of a strategy's stakeholders and their ratings")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class StakeholderAnalysisResource {

    private static final String BULK_EXAMPLE = """
            {"items": [{"externalId": "sa-2026", "strategyId": "6f1f9f5e-2d0c-4a51-9d76-5b8f0d9e4a11",
             "title": "Stakeholderanalyse 2026", "method": "WORKSHOP", "conductedOn": "2026-02-15",
             "status": "COMPLETED", "visibility": "PRIVATE"}]}""";

    private static final String INPUT_EXAMPLE = """
            {"strategyId": "6f1f9f5e-2d0c-4a51-9d76-5b8f0d9e4a11", "title": "Stakeholderanalyse 2026",
             "method": "WORKSHOP", "conductedOn": "2026-02-15", "status": "COMPLETED",
             "facilitator": "Wuppertal Institut", "visibility": "PRIVATE"}""";
    private static final String RATING_EXAMPLE = """
            {"power": 4, "interest": 5, "attitude": 1, "engagementCurrent": "NEUTRAL",
             "engagementDesired": "LEADING", "rationale": "Key partner for circular construction."}""";

    private final AnalysisService service;

    private final Upserts upserts;
    private final AnalysisUpserts byExternalId;

    public StakeholderAnalysisResource(AnalysisService service, Upserts upserts, AnalysisUpserts byExternalId) {
        this.upserts = upserts;
        this.byExternalId = byExternalId;
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List stakeholder analyses",
            description = "The analyses the caller may read, newest change first, one page at a time.")
    @APIResponse(responseCode = "200", description = "One page of analyses")
    public AnalysisPage listStakeholderAnalyses(
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
            @Parameter(description = "Only this organization's analyses", schema = @Schema(format = "uuid"))
                    @QueryParam("organizationId")
                    String organizationId,
            @Parameter(description = "Only analyses of this strategy", schema = @Schema(format = "uuid"))
                    @QueryParam("strategyId")
                    String strategyId) {
        var filter = new AnalysisRepository.Filter(
                QueryParams.uuid("organizationId", organizationId), QueryParams.uuid("strategyId", strategyId));
        return service.list(filter, PageRequest.of(limit, cursor));
    }

    @POST
    @Operation(
            summary = "Create a stakeholder analysis",
            description = "Starts an analysis of a strategy the caller edits; it belongs to the strategy's owner.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = AnalysisInput.class),
                            examples = @ExampleObject(name = "analysis", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = AnalysisView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "analysis"))
    public Response createStakeholderAnalysis(@Valid @NotNull AnalysisInput input, UriInfo uri) {
        StakeholderAnalysis created = service.create(input);
        return Tagged.created(uri, created.id, AnalysisView.of(created), created.version);
    }

    @PUT
    @ForEditors
    @Path("/by-external-id/{externalId}")
    @Operation(
            summary = "Create or replace a stakeholder analysis by external id",
            description = UpsertDocs.DESCRIPTION)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = AnalysisInput.class),
                            examples = @ExampleObject(name = "analysis", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = AnalysisView.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = AnalysisView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "stakeholder analysis"))
    @APIResponse(
            responseCode = "412",
            description = UpsertDocs.PRECONDITION_FAILED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upsertStakeholderAnalysis(@BeanParam UpsertParams upsert, @Valid @NotNull AnalysisInput input) {
        Upserts.Outcome outcome = upserts.upsert(byExternalId, null, upsert.externalId, input, upsert.conditions());
        return Upserts.answer(byExternalId, outcome);
    }

    @POST
    @ForEditors
    @Path("/bulk")
    @Operation(
            summary = "Create or replace up to 1,000 stakeholder analyses by external id",
            description = UpsertDocs.BULK)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = AnalysisBulkInput.class),
                            examples = @ExampleObject(name = "analyses", value = BULK_EXAMPLE)))
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
    public Response bulkUpsertStakeholderAnalyses(
            @BeanParam BulkParams how, @Valid @NotNull AnalysisBulkInput bulk, UriInfo uri) {
        return upserts.bulk(byExternalId, null, bulk.items(), how.mode, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a stakeholder analysis", description = "One analysis, with its version as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The analysis",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = AnalysisView.class)))
    public Response getStakeholderAnalysis(@PathParam("id") UUID id) {
        return withTag(service.get(id));
    }

    @PUT
    @ChecksAccessFirst(AnalysisService.class)
    @Path("/{id}")
    @Operation(
            summary = "Update a stakeholder analysis",
            description = "Replaces the client-owned fields; the strategy cannot change. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = AnalysisInput.class),
                            examples = @ExampleObject(name = "analysis", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The updated analysis",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = AnalysisView.class)))
    public Response updateStakeholderAnalysis(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AnalysisInput input) {
        return withTag(service.update(id, ifMatch, input));
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            summary = "Delete a stakeholder analysis",
            description = "Deletes the analysis and its ratings. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteStakeholderAnalysis(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @Path("/{id}/ratings")
    @Operation(
            summary = "List an analysis's ratings",
            description = "Every rating of the analysis by stakeholder name, with the derived quadrant and engagement "
                    + "gap, and the same stakeholder's rating in the strategy's previous analysis for comparison.")
    @APIResponse(responseCode = "200", description = "The ratings")
    public RatingList listStakeholderRatings(@PathParam("id") UUID id) {
        return service.ratings(id);
    }

    @GET
    @Path("/{id}/ratings/{stakeholderId}")
    @Operation(summary = "Get a rating", description = "How the analysis rates one stakeholder.")
    @APIResponse(
            responseCode = "200",
            description = "The rating",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = RatingView.class)))
    public Response getStakeholderRating(@PathParam("id") UUID id, @PathParam("stakeholderId") UUID stakeholderId) {
        RatingView rating = service.rating(id, stakeholderId);
        return Tagged.ok(rating, rating.version());
    }

    @PUT
    @ChecksAccessFirst(AnalysisService.class)
    @Path("/{id}/ratings/{stakeholderId}")
    @Operation(
            summary = "Rate a stakeholder",
            description = "Creates the stakeholder's rating in this analysis (201), or replaces it (200, requires "
                    + "If-Match with the rating's ETag). The stakeholder must be in the analysis owner's register.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = RatingInput.class),
                            examples = @ExampleObject(name = "rating", value = RATING_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = RatingView.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = RatingView.class)))
    public Response rateStakeholder(
            @PathParam("id") UUID id,
            @PathParam("stakeholderId") UUID stakeholderId,
            @Parameter(description = "The rating's ETag; required when it exists") @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @Valid @NotNull RatingInput input) {
        boolean created = service.rate(id, stakeholderId, ifMatch, input);
        RatingView rating = service.rating(id, stakeholderId);
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
                .tag(Versions.etag(rating.version()))
                .entity(rating)
                .build();
    }

    @DELETE
    @Path("/{id}/ratings/{stakeholderId}")
    @Operation(summary = "Delete a rating", description = "Removes the stakeholder's rating. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteStakeholderRating(
            @PathParam("id") UUID id,
            @PathParam("stakeholderId") UUID stakeholderId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteRating(id, stakeholderId, ifMatch);
    }

    private static Response withTag(StakeholderAnalysis analysis) {
        return Tagged.ok(AnalysisView.of(analysis), analysis.version);
    }
}
