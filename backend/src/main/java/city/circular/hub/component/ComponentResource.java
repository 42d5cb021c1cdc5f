package city.circular.hub.component;

import city.circular.hub.common.ApiDocumentationFilter;
import city.circular.hub.common.Problem;
import city.circular.hub.common.Tagged;
import city.circular.hub.organization.ChecksAccessFirst;
import city.circular.hub.strategy.StrategyService;
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

@Path("/api/v1/strategies/{strategyId}/components")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Strategy components",
        description = "The outline of a strategy: vision, goals (linked to SDG targets and local goals), strategic "
                + "lines, processes, structures, instruments and products, ordered and nested. Whoever may read or "
                + "change the strategy may read or change its components.")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ComponentResource {

    private static final String INPUT_EXAMPLE = """
            {"parentId": "3d0c7a55-5b6f-4c86-9a5e-1b0f2f5c9e21", "type": "GOAL",
             "title": "Siedlungsabfall pro Kopf bis 2030 um 20 % senken",
             "description": "Weniger Restmüll durch Vermeidung, Wiederverwendung und Reparatur.",
             "responsibleUnit": "Amt für Umwelt und Abfallwirtschaft", "status": "AGREED",
             "sdgTargets": [{"code": "11.6", "contribution": "STRONG"}, {"code": "12.5", "contribution": "STRONG"}],
             "localGoals": [{"name": "Klimaneutrales Musterstadt 2035", "contribution": "MODERATE"}],
             "externalId": "ziel-abf"}""";

    private static final String BULK_EXAMPLE = "{\"items\": [" + INPUT_EXAMPLE + "]}";

    private final ComponentService service;
    private final Upserts upserts;

    public ComponentResource(ComponentService service, Upserts upserts) {
        this.service = service;
        this.upserts = upserts;
    }

    @GET
    @Operation(
            summary = "Get a strategy's outline",
            description = "All components of the strategy, flat, in outline order (depth first, siblings by "
                    + "position), with their depth, and which of the seven component types the outline still lacks.")
    @APIResponse(responseCode = "200", description = "The outline")
    public StrategyOutline listComponents(@PathParam("strategyId") UUID strategyId) {
        return ComponentMapper.toOutline(service.outline(strategyId));
    }

    @POST
    @ChecksAccessFirst(value = StrategyService.class, id = "strategyId")
    @Operation(
            summary = "Add a component",
            description = "Adds a component as the last child of `parentId` (or last at the top level). Only GOAL "
                    + "components link to SDG targets (422 otherwise); an outline has at most five levels (422).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = StrategyComponentInput.class),
                            examples = @ExampleObject(name = "goal", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = StrategyComponentView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "component"))
    public Response createComponent(
            @PathParam("strategyId") UUID strategyId, @Valid @NotNull StrategyComponentInput input, UriInfo uri) {
        Outline.Placed created = service.create(strategyId, input);
        StrategyComponent component = created.component();
        return Tagged.created(uri, component.id, ComponentMapper.toView(created), component.version);
    }

    @PUT
    @ChecksAccessFirst(value = StrategyService.class, id = "strategyId")
    @Path("/by-external-id/{externalId}")
    @Operation(
            summary = "Create or replace a component by external id",
            description = "The external id of a component is unique per strategy: only this strategy's components"
                    + " are looked at. A new component is added as by the add operation; a replace keeps its place"
                    + " (parentId is then ignored, as on update). " + UpsertDocs.DESCRIPTION)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = StrategyComponentInput.class),
                            examples = @ExampleObject(name = "goal", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = StrategyComponentView.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = StrategyComponentView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "component"))
    @APIResponse(
            responseCode = "412",
            description = UpsertDocs.PRECONDITION_FAILED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upsertComponent(
            @PathParam("strategyId") UUID strategyId,
            @BeanParam UpsertParams upsert,
            @Valid @NotNull StrategyComponentInput input) {
        Upserts.Collection<StrategyComponentInput> components = service.byExternalId(strategyId);
        Upserts.Outcome outcome = upserts.upsert(components, null, upsert.externalId, input, upsert.conditions());
        return Upserts.answer(components, outcome);
    }

    @POST
    @ChecksAccessFirst(value = StrategyService.class, id = "strategyId")
    @Path("/bulk")
    @Operation(
            summary = "Create or replace up to 1,000 components of the strategy by external id",
            description = "Each item as by the upsert of a component by external id. " + UpsertDocs.BULK)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = ComponentBulkInput.class),
                            examples = @ExampleObject(name = "components", value = BULK_EXAMPLE)))
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
    public Response bulkUpsertComponents(
            @PathParam("strategyId") UUID strategyId,
            @BeanParam BulkParams how,
            @Valid @NotNull ComponentBulkInput bulk,
            UriInfo uri) {
        return upserts.bulk(service.byExternalId(strategyId), null, bulk.items(), how.mode, uri);
    }

    @GET
    @Path("/{componentId}")
    @Operation(summary = "Get a component", description = "One component, with its version as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The component",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = StrategyComponentView.class)))
    public Response getComponent(@PathParam("strategyId") UUID strategyId, @PathParam("componentId") UUID componentId) {
        return withTag(service.get(strategyId, componentId));
    }

    @PUT
    @ChecksAccessFirst(value = StrategyService.class, id = "strategyId")
    @Path("/{componentId}")
    @Operation(
            summary = "Update a component",
            description = "Replaces the client-owned fields except its place (see the move operation); fields left "
                    + "out become empty. A goal that indicators measure stays a GOAL (422). Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = StrategyComponentInput.class),
                            examples = @ExampleObject(name = "goal", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The updated component",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = StrategyComponentView.class)))
    public Response updateComponent(
            @PathParam("strategyId") UUID strategyId,
            @PathParam("componentId") UUID componentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StrategyComponentInput input) {
        return withTag(service.update(strategyId, componentId, ifMatch, input));
    }

    @DELETE
    @Path("/{componentId}")
    @Operation(
            summary = "Delete a component",
            description = "Deletes the component with its descendants, and the indicators of deleted goals; the "
                    + "siblings after it move up. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteComponent(
            @PathParam("strategyId") UUID strategyId,
            @PathParam("componentId") UUID componentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(strategyId, componentId, ifMatch);
    }

    @POST
    @ChecksAccessFirst(value = StrategyService.class, id = "strategyId")
    @Path("/{componentId}/move")
    @Operation(
            summary = "Move a component",
            description = "Moves the component with its subtree under another parent of the same strategy (or to the "
                    + "top level) at the given position, clamped to the number of new siblings; old and new siblings "
                    + "are renumbered 0..n-1. Moving a component under itself or a descendant, under a parent of "
                    + "another strategy, or deeper than five levels is refused (422). Requires the component's "
                    + "If-Match. Answers with the whole outline, as the siblings' positions and versions change too.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = ComponentMove.class),
                            examples = {
                                @ExampleObject(name = "top", value = "{\"position\": 0}"),
                                @ExampleObject(
                                        name = "indent",
                                        value = "{\"parentId\": \"3d0c7a55-5b6f-4c86-9a5e-1b0f2f5c9e21\", "
                                                + "\"position\": 99}")
                            }))
    @APIResponse(
            responseCode = "200",
            description = "The outline after the move",
            content = @Content(schema = @Schema(implementation = StrategyOutline.class)))
    public StrategyOutline moveComponent(
            @PathParam("strategyId") UUID strategyId,
            @PathParam("componentId") UUID componentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ComponentMove move) {
        return ComponentMapper.toOutline(service.move(strategyId, componentId, ifMatch, move));
    }

    private static Response withTag(Outline.Placed placed) {
        return Tagged.ok(ComponentMapper.toView(placed), placed.component().version);
    }
}
