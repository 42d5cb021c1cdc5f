package city.circular.hub.indicator;

import city.circular.hub.common.ApiDocumentationFilter;
import city.circular.hub.common.Problem;
import city.circular.hub.common.QueryParams;
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

@Path("/api/v1/strategies/{strategyId}/indicators")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Indicators",
        description = "How a strategy's goals are measured: indicators with baseline and targets, their values over "
                + "time, and the progress the API computes from them. Whoever may read or change the strategy may "
                + "read or change its indicators.")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class IndicatorResource {

    private static final String INPUT_EXAMPLE = """
            {"componentId": "3d0c7a55-5b6f-4c86-9a5e-1b0f2f5c9e21", "name": "Siedlungsabfall pro Kopf",
             "unit": "kg/(Einw.·a)", "kind": "OUTCOME", "direction": "DECREASE",
             "baseline": {"value": 452, "date": "2020-12-31"},
             "targets": [{"value": 400, "date": "2027-12-31"}, {"value": 362, "date": "2030-12-31"}],
             "source": "Abfallbilanz der Stadt Musterstadt", "externalId": "abf-01"}""";

    private static final String BULK_EXAMPLE = "{\"items\": [" + INPUT_EXAMPLE + "]}";

    private static final String VALUE_EXAMPLE = """
            {"observedOn": "2025-12-31", "value": 405, "kind": "ACTUAL", "source": "Abfallbilanz 2025",
             "externalId": "2025-Q4"}""";

    private static final String VALUE_BULK_EXAMPLE = "{\"items\": [" + VALUE_EXAMPLE + "]}";

    private final IndicatorService service;
    private final Upserts upserts;
    private final IndicatorUpserts byExternalId;

    public IndicatorResource(IndicatorService service, Upserts upserts, IndicatorUpserts byExternalId) {
        this.upserts = upserts;
        this.byExternalId = byExternalId;
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List a strategy's indicators",
            description = "All indicators of the strategy, or of one of its goals, oldest first, each with its values "
                    + "(oldest first) and its progress.")
    @APIResponse(
            responseCode = "200",
            description = "The indicators",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = IndicatorView.class)))
    public List<IndicatorView> listIndicators(
            @PathParam("strategyId") UUID strategyId,
            @Parameter(description = "Only the indicators of this goal", schema = @Schema(format = "uuid"))
                    @QueryParam("componentId")
                    String componentId) {
        return service.list(strategyId, QueryParams.uuid("componentId", componentId)).stream()
                .map(IndicatorMapper::toView)
                .toList();
    }

    @POST
    @ChecksAccessFirst(value = StrategyService.class, id = "strategyId")
    @Operation(
            summary = "Create an indicator",
            description = "Adds an indicator to a GOAL component of the strategy (422 for any other component).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = IndicatorInput.class),
                            examples = @ExampleObject(name = "waste", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = IndicatorView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "indicator"))
    public Response createIndicator(
            @PathParam("strategyId") UUID strategyId, @Valid @NotNull IndicatorInput input, UriInfo uri) {
        IndicatorWithValues created = service.create(strategyId, input);
        Indicator indicator = created.indicator();
        return Tagged.created(uri, indicator.id, IndicatorMapper.toView(created), indicator.version);
    }

    @PUT
    @ChecksAccessFirst(value = StrategyService.class, id = "strategyId")
    @Path("/by-external-id/{externalId}")
    @Operation(
            summary = "Create or replace an indicator by external id",
            description = "The external id of an indicator is unique per strategy: only this strategy's indicators"
                    + " are looked at. " + UpsertDocs.DESCRIPTION)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = IndicatorInput.class),
                            examples = @ExampleObject(name = "waste", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = IndicatorView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "indicator"))
    @APIResponse(
            responseCode = "412",
            description = UpsertDocs.PRECONDITION_FAILED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upsertIndicator(
            @PathParam("strategyId") UUID strategyId,
            @BeanParam UpsertParams upsert,
            @Valid @NotNull IndicatorInput input) {
        Upserts.Collection<IndicatorInput> indicators = byExternalId.of(strategyId);
        Upserts.Outcome outcome = upserts.upsert(indicators, null, upsert.externalId, input, upsert.conditions());
        return Upserts.answer(indicators, outcome);
    }

    @POST
    @ChecksAccessFirst(value = StrategyService.class, id = "strategyId")
    @Path("/bulk")
    @Operation(
            summary = "Create or replace up to 1,000 indicators of the strategy by external id",
            description = UpsertDocs.BULK)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = IndicatorBulkInput.class),
                            examples = @ExampleObject(name = "indicators", value = BULK_EXAMPLE)))
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
    public Response bulkUpsertIndicators(
            @PathParam("strategyId") UUID strategyId,
            @BeanParam BulkParams how,
            @Valid @NotNull IndicatorBulkInput bulk,
            UriInfo uri) {
        return upserts.bulk(byExternalId.of(strategyId), null, bulk.items(), how.mode, uri);
    }

    @GET
    @Path("/{indicatorId}")
    @Operation(
            summary = "Get an indicator",
            description = "One indicator with its values and progress, with its version as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The indicator",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    public Response getIndicator(@PathParam("strategyId") UUID strategyId, @PathParam("indicatorId") UUID indicatorId) {
        return withTag(service.get(strategyId, indicatorId));
    }

    @PUT
    @ChecksAccessFirst(value = StrategyService.class, id = "strategyId")
    @Path("/{indicatorId}")
    @Operation(
            summary = "Update an indicator",
            description = "Replaces the client-owned fields; fields left out become empty. The values stay. Requires "
                    + "If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = IndicatorInput.class),
                            examples = @ExampleObject(name = "waste", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The updated indicator",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    public Response updateIndicator(
            @PathParam("strategyId") UUID strategyId,
            @PathParam("indicatorId") UUID indicatorId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull IndicatorInput input) {
        return withTag(service.update(strategyId, indicatorId, ifMatch, input));
    }

    @DELETE
    @Path("/{indicatorId}")
    @Operation(
            summary = "Delete an indicator",
            description = "Deletes the indicator and its values. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteIndicator(
            @PathParam("strategyId") UUID strategyId,
            @PathParam("indicatorId") UUID indicatorId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(strategyId, indicatorId, ifMatch);
    }

    @POST
    @ChecksAccessFirst(value = StrategyService.class, id = "strategyId")
    @Path("/{indicatorId}/values")
    @Operation(
            summary = "Add a value to an indicator",
            description = "Records a measured (ACTUAL) or estimated value. A value is part of its indicator: the "
                    + "answer is the indicator in its new version, with its new progress.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = IndicatorValueInput.class),
                            examples = @ExampleObject(name = "actual", value = VALUE_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Added",
            headers = {
                @Header(
                        name = "Location",
                        description = "The new value's address, for reading or deleting it",
                        schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
                @Header(ref = "ETag", description = "The indicator's new version")
            },
            content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    public Response addIndicatorValue(
            @PathParam("strategyId") UUID strategyId,
            @PathParam("indicatorId") UUID indicatorId,
            @Valid @NotNull IndicatorValueInput input,
            UriInfo uri) {
        IndicatorService.ValueAdded added = service.addValue(strategyId, indicatorId, input);
        IndicatorWithValues indicator = added.indicator();
        return Tagged.created(uri, added.valueId(), IndicatorMapper.toView(indicator), indicator.indicator().version);
    }

    @PUT
    @ChecksAccessFirst(value = StrategyService.class, id = "strategyId")
    @Path("/{indicatorId}/values/by-external-id/{externalId}")
    @Operation(
            summary = "Create or correct a value of an indicator by external id",
            description = "The external id of a value (the source system's key, such as a statistics office's"
                    + " \"2025-Q4\") is unique per indicator: only this indicator's values are looked at. A new value"
                    + " is added as by the add operation; a replace corrects it in place. The answer is the value, its"
                    + " own version as ETag; a value that changed makes a new version of the indicator as well. "
                    + UpsertDocs.DESCRIPTION)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = IndicatorValueInput.class),
                            examples = @ExampleObject(name = "actual", value = VALUE_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = IndicatorValueView.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = IndicatorValueView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "indicator value"))
    @APIResponse(
            responseCode = "412",
            description = UpsertDocs.PRECONDITION_FAILED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upsertIndicatorValue(
            @PathParam("strategyId") UUID strategyId,
            @PathParam("indicatorId") UUID indicatorId,
            @BeanParam UpsertParams upsert,
            @Valid @NotNull IndicatorValueInput input) {
        Upserts.Collection<IndicatorValueInput> values = byExternalId.values(strategyId, indicatorId);
        Upserts.Outcome outcome = upserts.upsert(values, null, upsert.externalId, input, upsert.conditions());
        return Upserts.answer(values, outcome);
    }

    @POST
    @ChecksAccessFirst(value = StrategyService.class, id = "strategyId")
    @Path("/{indicatorId}/values/bulk")
    @Operation(
            summary = "Create or correct up to 1,000 values of an indicator by external id",
            description = UpsertDocs.BULK)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = IndicatorValueBulkInput.class),
                            examples = @ExampleObject(name = "values", value = VALUE_BULK_EXAMPLE)))
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
    public Response bulkUpsertIndicatorValues(
            @PathParam("strategyId") UUID strategyId,
            @PathParam("indicatorId") UUID indicatorId,
            @BeanParam BulkParams how,
            @Valid @NotNull IndicatorValueBulkInput bulk,
            UriInfo uri) {
        return upserts.bulk(byExternalId.values(strategyId, indicatorId), null, bulk.items(), how.mode, uri);
    }

    @GET
    @Path("/{indicatorId}/values/{valueId}")
    @Operation(summary = "Get a value of an indicator", description = "One value, with its own version as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The value",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = IndicatorValueView.class)))
    public Response getIndicatorValue(
            @PathParam("strategyId") UUID strategyId,
            @PathParam("indicatorId") UUID indicatorId,
            @PathParam("valueId") UUID valueId) {
        IndicatorValue value = service.getValue(strategyId, indicatorId, valueId);
        return Tagged.ok(IndicatorMapper.toView(value), value.version);
    }

    @DELETE
    @Path("/{indicatorId}/values/{valueId}")
    @Operation(
            summary = "Delete a value of an indicator",
            description = "Removes one value. Requires If-Match with the indicator's ETag; the answer is the "
                    + "indicator in its new version.")
    @APIResponse(
            responseCode = "200",
            description = "The indicator without the value",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    public Response deleteIndicatorValue(
            @PathParam("strategyId") UUID strategyId,
            @PathParam("indicatorId") UUID indicatorId,
            @PathParam("valueId") UUID valueId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(service.deleteValue(strategyId, indicatorId, valueId, ifMatch));
    }

    private static Response withTag(IndicatorWithValues state) {
        return Tagged.ok(IndicatorMapper.toView(state), state.indicator().version);
    }
}
