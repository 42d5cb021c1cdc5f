package city.circular.hub.practice;

import city.circular.hub.common.ApiDocumentationFilter;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.Problem;
import city.circular.hub.common.Tagged;
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

@Path("/api/v1/practices/{practiceId}/adoptions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Practices")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PracticeAdoptionResource {

    private final AdoptionService service;

    public PracticeAdoptionResource(AdoptionService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List a practice's adoptions",
            description = "Which organizations adopted the practice (those the caller may see), newest first, with "
                    + "their feedback; `total` counts every adoption.")
    @APIResponse(responseCode = "200", description = "One page of adoptions")
    public AdoptionView.Page listPracticeAdoptions(
            @PathParam("practiceId") UUID practiceId,
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
            @Parameter(description = "The `next` value of the previous page") @QueryParam("cursor") String cursor) {
        return service.list(practiceId, PageRequest.of(limit, cursor));
    }

    @POST
    @Operation(
            summary = "Adopt a practice",
            description = "Starts a starter project of the caller's organization from a published practice of "
                    + "another organization: status IDEA, pre-filled with the practice's title, summary and approach "
                    + "and its fields of action the adopter has, its origin the practice with the version and title "
                    + "adopted (kept when the practice changes later). 422 for a draft or the owner's own practice.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = AdoptionInput.class),
                            examples =
                                    @ExampleObject(
                                            name = "adopt",
                                            value = "{\"projectTitle\": \"Bauteilbørs i Eksempelby\","
                                                    + " \"visibility\": \"PUBLIC\"}")))
    @APIResponse(
            responseCode = "201",
            description = "The adoption; its `projectId` is the new starter project",
            content = @Content(schema = @Schema(implementation = AdoptionView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "adoption"))
    public Response adoptPractice(@PathParam("practiceId") UUID practiceId, @Valid AdoptionInput input, UriInfo uri) {
        AdoptionView created =
                service.adopt(practiceId, input == null ? new AdoptionInput(null, null, null, null) : input);
        return Tagged.created(uri, created.id(), created, created.version());
    }

    @GET
    @Path("/{adoptionId}")
    @Operation(summary = "Get an adoption", description = "One adoption with its feedback; its version as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The adoption",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = AdoptionView.class)))
    public Response getPracticeAdoption(
            @PathParam("practiceId") UUID practiceId, @PathParam("adoptionId") UUID adoptionId) {
        AdoptionView adoption = service.get(practiceId, adoptionId);
        return Tagged.ok(adoption, adoption.version());
    }

    @PUT
    @Path("/{adoptionId}/feedback")
    @Operation(
            summary = "Record how an adoption went",
            description = "The adopter's feedback: what they adapted, their results, whether they recommend the "
                    + "practice. Replaces earlier feedback. Requires If-Match with the adoption's ETag.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = AdoptionFeedbackInput.class),
                            examples =
                                    @ExampleObject(
                                            name = "feedback",
                                            value =
                                                    "{\"adapted\": \"Lager på genbrugspladsen\", \"results\":"
                                                            + " \"30 t genbrugte byggematerialer\", \"wouldRecommend\": true}")))
    @APIResponse(
            responseCode = "200",
            description = "The adoption with its feedback",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = AdoptionView.class)))
    public Response recordAdoptionFeedback(
            @PathParam("practiceId") UUID practiceId,
            @PathParam("adoptionId") UUID adoptionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AdoptionFeedbackInput input) {
        AdoptionView adoption = service.recordFeedback(practiceId, adoptionId, ifMatch, input);
        return Tagged.ok(adoption, adoption.version());
    }

    @DELETE
    @Path("/{adoptionId}")
    @Operation(
            summary = "Withdraw an adoption",
            description = "Removes the adoption record; the starter project stays with its origin. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public void deletePracticeAdoption(
            @PathParam("practiceId") UUID practiceId,
            @PathParam("adoptionId") UUID adoptionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(practiceId, adoptionId, ifMatch);
    }
}
