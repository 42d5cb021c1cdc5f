package city.circular.hub.fieldofaction;

import city.circular.hub.common.ApiDocumentationFilter;
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

@Path("/api/v1/fields-of-action")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Fields of action",
        description = "The built-in fields of action and those organizations add for their own records")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class FieldOfActionResource {

    private static final String INPUT_EXAMPLE = """
            {"name": "Urban Mining", "description": "Rückbau und Wiederverwendung von Baustoffen im Bestand"}""";

    private final FieldOfActionService service;

    public FieldOfActionResource(FieldOfActionService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List fields of action",
            description = "The built-in fields of action (codes only; clients translate them), then the fields of "
                    + "action that the caller's organizations and their network peers added, by name. Not paged: "
                    + "fields of action are reference data, few per organization, so all come in one response.")
    @APIResponse(responseCode = "200", description = "The fields of action")
    public FieldOfActionList listFieldsOfAction(
            @Parameter(
                            description = "Only this organization's own fields (the built-ins are always listed)",
                            schema = @Schema(format = "uuid"))
                    @QueryParam("organizationId")
                    String organizationId) {
        return service.list(QueryParams.uuid("organizationId", organizationId));
    }

    @POST
    @ForEditors
    @Operation(
            summary = "Add a field of action",
            description = "Adds a field of action to an organization (editors and admins). Without a code, the code "
                    + "is derived from the name. A code that is built in or already used answers 409.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = FieldOfActionInput.class),
                            examples = @ExampleObject(name = "urban mining", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = FieldOfActionView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "field of action"))
    public Response createFieldOfAction(@Valid @NotNull FieldOfActionInput input, UriInfo uri) {
        CustomFieldOfAction created = service.create(input);
        return Tagged.created(uri, created.id, FieldOfActionView.of(created), created.version);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a field of action", description = "One organization's own field of action.")
    @APIResponse(
            responseCode = "200",
            description = "The field of action",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = FieldOfActionView.class)))
    public Response getFieldOfAction(@PathParam("id") UUID id) {
        return withTag(service.get(id));
    }

    @PUT
    @ChecksAccessFirst(FieldOfActionService.class)
    @Path("/{id}")
    @Operation(
            summary = "Rename a field of action",
            description = "Changes the name and description; the code and the organization never change (a "
                    + "different code or organizationId answers 422). Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = FieldOfActionInput.class),
                            examples = @ExampleObject(name = "urban mining", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The renamed field of action",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = FieldOfActionView.class)))
    public Response updateFieldOfAction(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull FieldOfActionInput input) {
        return withTag(service.update(id, ifMatch, input));
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            summary = "Delete a field of action",
            description = "Deletes a field of action that no stakeholder or starter project uses. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "409",
            description = "Stakeholders or starter projects still use the field of action; the detail says how many",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void deleteFieldOfAction(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

    private static Response withTag(CustomFieldOfAction field) {
        return Tagged.ok(FieldOfActionView.of(field), field.version);
    }
}
