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

@Path("/api/v1/workshops/{id}/outcomes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Workshop outcomes",
        description = "What a workshop produced: ideas, decisions, goal and project proposals, risks, open questions")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WorkshopOutcomeResource {

    private static final String INPUT_EXAMPLE = """
            {"type": "PROJECT_PROPOSAL", "text": "Bauteilbörse für Rückbaumaterial aus städtischen Gebäuden",
             "votes": 12, "priority": 1}""";

    private final OutcomeService service;

    public WorkshopOutcomeResource(OutcomeService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List a workshop's outcomes", description = "Every outcome in the order it was recorded.")
    @APIResponse(responseCode = "200", description = "The outcomes")
    public OutcomeList listWorkshopOutcomes(@PathParam("id") UUID id) {
        return service.list(id);
    }

    @POST
    @ChecksAccessFirst(WorkshopService.class)
    @Operation(summary = "Record an outcome", description = "Adds an outcome to the workshop.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = OutcomeInput.class),
                            examples = @ExampleObject(name = "project proposal", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = OutcomeView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "outcome"))
    public Response createWorkshopOutcome(@PathParam("id") UUID id, @Valid @NotNull OutcomeInput input, UriInfo uri) {
        OutcomeView created = service.create(id, input);
        return Tagged.created(uri, created.id(), created, created.version());
    }

    @GET
    @Path("/export")
    @Produces({Table.CSV, Table.XLSX})
    @Operation(
            summary = "Export a workshop's outcomes",
            description = "Every outcome with type, text, votes, priority and what it was converted into, as CSV "
                    + "(UTF-8) or XLSX.")
    @APIResponse(
            responseCode = "200",
            description = "The export file",
            content = {
                @Content(mediaType = Table.CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = Table.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response exportWorkshopOutcomes(
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
        return Downloads.of(service.export(id), chosen, "workshop-outcomes");
    }

    @GET
    @Path("/{outcomeId}")
    @Operation(summary = "Get an outcome", description = "One outcome, with its version as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The outcome",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = OutcomeView.class)))
    public Response getWorkshopOutcome(@PathParam("id") UUID id, @PathParam("outcomeId") UUID outcomeId) {
        return withTag(service.get(id, outcomeId));
    }

    @PUT
    @ChecksAccessFirst(WorkshopService.class)
    @Path("/{outcomeId}")
    @Operation(summary = "Update an outcome", description = "Replaces the outcome's fields. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = OutcomeInput.class),
                            examples = @ExampleObject(name = "project proposal", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The updated outcome",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = OutcomeView.class)))
    public Response updateWorkshopOutcome(
            @PathParam("id") UUID id,
            @PathParam("outcomeId") UUID outcomeId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OutcomeInput input) {
        return withTag(service.update(id, outcomeId, ifMatch, input));
    }

    @DELETE
    @Path("/{outcomeId}")
    @Operation(summary = "Delete an outcome", description = "Deletes the outcome. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteWorkshopOutcome(
            @PathParam("id") UUID id,
            @PathParam("outcomeId") UUID outcomeId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, outcomeId, ifMatch);
    }

    @POST
    @ChecksAccessFirst(WorkshopService.class)
    @Path("/{outcomeId}/convert")
    @Operation(
            summary = "Convert an outcome into a starter project or a goal",
            description = "Creates, in one step, a starter project of the workshop's organization from an idea or "
                    + "project proposal (on the workshop's strategy, with the outcome's text as summary), or a goal "
                    + "from a goal proposal (a GOAL component at the end of the top level of the workshop's strategy, "
                    + "with the outcome's text as description). What was created names the outcome as its origin, "
                    + "and the outcome links to it. Any other outcome type, a goal for a workshop without a strategy, "
                    + "and an outcome that was converted before are refused (422); a goal also needs the right to "
                    + "change the strategy (403). Requires If-Match with the outcome's ETag.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = OutcomeConversionInput.class),
                            examples = {
                                @ExampleObject(
                                        name = "starter project",
                                        value = "{\"target\": \"STARTER_PROJECT\", \"title\": "
                                                + "\"Bauteilbörse Musterstadt\", \"fieldsOfAction\": "
                                                + "[\"CONSTRUCTION_BUILDINGS\"]}"),
                                @ExampleObject(
                                        name = "goal",
                                        value = "{\"target\": \"GOAL\", \"title\": "
                                                + "\"Rückbaumaterial aus städtischen Gebäuden wiederverwenden\"}")
                            }))
    @APIResponse(
            responseCode = "201",
            description = "The starter project or goal was created",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new starter project's or goal's address",
                            schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(schema = @Schema(implementation = OutcomeConversion.class)))
    public Response convertWorkshopOutcome(
            @PathParam("id") UUID id,
            @PathParam("outcomeId") UUID outcomeId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OutcomeConversionInput input) {
        OutcomeConversion conversion = service.convert(id, outcomeId, ifMatch, input);
        String location = conversion.goal() != null
                ? "/api/v1/strategies/" + conversion.goal().strategyId() + "/components/"
                        + conversion.goal().id()
                : "/api/v1/starter-projects/" + conversion.starterProject().id();
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, Tagged.location(location))
                .entity(conversion)
                .build();
    }

    private static Response withTag(OutcomeView outcome) {
        return Tagged.ok(outcome, outcome.version());
    }
}
