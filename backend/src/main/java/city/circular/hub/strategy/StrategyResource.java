package city.circular.hub.strategy;

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

@Path("/api/v1/strategies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Strategies", description = "Municipal circular-economy strategies and their adoption")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class StrategyResource {

    private static final String BULK_EXAMPLE = """
            {"items": [{"externalId": "ris-2025-0042", "title": "Kreislaufstadt Musterstadt 2030", "periodFrom": 2025,\n             "periodTo": 2030, "visibility": "NETWORK"}, {"externalId": "ris-2025-0043", "title": "Abfallwirtschaftskonzept"}]}""";

    private static final String INPUT_EXAMPLE = """
            {"title": "Kreislaufstadt Musterstadt 2030", "summary": "Musterstadt's path to a circular economy.",
             "periodFrom": 2025, "periodTo": 2030, "visibility": "NETWORK", "externalId": "ris-2025-0042"}""";

    private static final String UPSERT_EXAMPLE = """
            {"title": "Kreislaufstadt Musterstadt 2030", "summary": "Musterstadt's path to a circular economy.",
             "periodFrom": 2025, "periodTo": 2030, "visibility": "NETWORK"}""";

    private final StrategyService service;
    private final ChangeHistory history;
    private final Upserts upserts;
    private final StrategyUpserts byExternalId;

    public StrategyResource(
            StrategyService service, ChangeHistory history, Upserts upserts, StrategyUpserts byExternalId) {
        this.service = service;
        this.history = history;
        this.upserts = upserts;
        this.byExternalId = byExternalId;
    }

    @GET
    @Operation(
            summary = "List strategies",
            description = "The strategies the caller may read, newest change first, one page at a time. Pass the "
                    + "response's `next` as `cursor` for the following page.")
    @APIResponse(responseCode = "200", description = "One page of strategies")
    public StrategyPage listStrategies(
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
            @Parameter(description = "Only this organization's strategies", schema = @Schema(format = "uuid"))
                    @QueryParam("organizationId")
                    String organizationId,
            @Parameter(
                            description = "Only strategies in this status",
                            schema = @Schema(implementation = StrategyStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(description = "Text contained in the title or summary (case-insensitive)") @QueryParam("q")
                    String text,
            @Parameter(
                            description = "Only strategies changed at or after this instant (RFC 3339), for sync",
                            schema = @Schema(format = "date-time"))
                    @QueryParam("updatedSince")
                    String updatedSince) {
        StrategyFilter filter = new StrategyFilter(
                QueryParams.uuid("organizationId", organizationId),
                QueryParams.enumValue("status", status, StrategyStatus.class),
                QueryParams.text("q", text),
                QueryParams.instant("updatedSince", updatedSince));
        return service.list(filter, PageRequest.of(limit, cursor));
    }

    @POST
    @ForEditors
    @Operation(
            summary = "Create a strategy",
            description = "Creates a DRAFT strategy owned by the caller's organization.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = StrategyInput.class),
                            examples = @ExampleObject(name = "strategy", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = StrategyView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "strategy"))
    public Response createStrategy(@Valid @NotNull StrategyInput input, UriInfo uri) {
        Strategy created = service.create(input);
        return Tagged.created(uri, created.id, StrategyMapper.toView(created), created.version);
    }

    @PUT
    @ForEditors
    @Path("/by-external-id/{externalId}")
    @Operation(summary = "Create or replace a strategy by external id", description = UpsertDocs.DESCRIPTION)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = StrategyInput.class),
                            examples = @ExampleObject(name = "strategy", value = UPSERT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = StrategyView.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = StrategyView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "strategy"))
    @APIResponse(
            responseCode = "412",
            description = UpsertDocs.PRECONDITION_FAILED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upsertStrategy(
            @BeanParam UpsertParams upsert, @BeanParam OwnerParam owner, @Valid @NotNull StrategyInput input) {
        Upserts.Outcome outcome =
                upserts.upsert(byExternalId, owner.organization(), upsert.externalId, input, upsert.conditions());
        return Upserts.answer(byExternalId, outcome);
    }

    @POST
    @ForEditors
    @Path("/bulk")
    @Operation(summary = "Create or replace up to 1,000 strategies by external id", description = UpsertDocs.BULK)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = StrategyBulkInput.class),
                            examples = @ExampleObject(name = "strategies", value = BULK_EXAMPLE)))
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
    public Response bulkUpsertStrategies(
            @BeanParam BulkParams how,
            @BeanParam OwnerParam owner,
            @Valid @NotNull StrategyBulkInput bulk,
            UriInfo uri) {
        return upserts.bulk(byExternalId, owner.organization(), bulk.items(), how.mode, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a strategy", description = "One strategy, with its version as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The strategy",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = StrategyView.class)))
    public Response getStrategy(@PathParam("id") UUID id) {
        return withTag(service.get(id));
    }

    @PUT
    @ChecksAccessFirst(StrategyService.class)
    @Path("/{id}")
    @Operation(
            summary = "Update a strategy",
            description = "Replaces the client-owned fields; fields left out become empty. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = StrategyInput.class),
                            examples = @ExampleObject(name = "strategy", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The updated strategy",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = StrategyView.class)))
    public Response updateStrategy(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StrategyInput input) {
        return withTag(service.update(id, ifMatch, input));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a strategy", description = "Deletes the strategy. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteStrategy(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

    @POST
    @ChecksAccessFirst(StrategyService.class)
    @Path("/{id}/status")
    @Operation(
            summary = "Change a strategy's status",
            description = "Moves the strategy along its lifecycle: DRAFT → IN_REVIEW → ADOPTED (with the adoption "
                    + "decision) → SUPERSEDED, or IN_REVIEW back to DRAFT. An adopted strategy is revised "
                    + "(ADOPTED → IN_REVISION) and adopted again (IN_REVISION → ADOPTED, with the new decision, dated "
                    + "no earlier than the one in force); every adoption freezes the next version "
                    + "(`/strategies/{id}/versions`). A strategy in revision keeps its last adoption until then and "
                    + "can be superseded. Any other move answers 422. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = StrategyStatusChange.class),
                            examples = {
                                @ExampleObject(name = "review", value = "{\"status\": \"IN_REVIEW\"}"),
                                @ExampleObject(name = "revise", value = "{\"status\": \"IN_REVISION\"}"),
                                @ExampleObject(
                                        name = "adopt",
                                        value =
                                                "{\"status\": \"ADOPTED\", \"adoption\": {\"decisionBody\": \"Rat der Stadt "
                                                        + "Musterstadt\", \"decidedOn\": \"2026-03-12\", \"reference\": \"Drucksache 0815/2026\"}}")
                            }))
    @APIResponse(
            responseCode = "200",
            description = "The strategy in its new status",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = StrategyView.class)))
    public Response changeStrategyStatus(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StrategyStatusChange change) {
        return withTag(service.changeStatus(id, ifMatch, change));
    }

    @GET
    @Path("/{id}/history")
    @Operation(
            summary = "Get a strategy's history",
            description = "Every change to the strategy and its parts, newest first: who, when, in which request, "
                    + "and each field before and after. Readable by those who may read the strategy.")
    @APIResponse(
            responseCode = "200",
            description = "One page of the history",
            content = @Content(schema = @Schema(implementation = HistoryPage.class)))
    public HistoryPage getStrategyHistory(@PathParam("id") UUID id, @BeanParam PageParams page) {
        service.get(id); // 404 unless the caller may read it
        return history.of(id, page.limit, page.cursor);
    }

    private static Response withTag(Strategy strategy) {
        return Tagged.ok(StrategyMapper.toView(strategy), strategy.version);
    }
}
