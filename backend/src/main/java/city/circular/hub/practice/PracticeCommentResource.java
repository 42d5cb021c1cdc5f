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

@Path("/api/v1/practices/{practiceId}/comments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Practices")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PracticeCommentResource {

    private final CommentService service;

    public PracticeCommentResource(CommentService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List a practice's comments",
            description = "The questions and comments on the practice with the owner's answers, oldest first.")
    @APIResponse(responseCode = "200", description = "One page of the thread")
    public CommentView.Page listPracticeComments(
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
            summary = "Ask a question or comment on a practice",
            description = "Adds a question or comment signed by the caller's organization; the caller must read the "
                    + "practice and edit for that organization.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = CommentInput.class),
                            examples =
                                    @ExampleObject(
                                            name = "question",
                                            value = "{\"kind\": \"QUESTION\", \"text\": \"Hvordan håndterede I"
                                                    + " garantien på genbrugte døre?\"}")))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = CommentView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "comment"))
    public Response addPracticeComment(
            @PathParam("practiceId") UUID practiceId, @Valid @NotNull CommentInput input, UriInfo uri) {
        CommentView created = service.add(practiceId, input);
        return Tagged.created(uri, created.id(), created, created.version());
    }

    @GET
    @Path("/{commentId}")
    @Operation(summary = "Get a comment", description = "One comment with its answer; its version as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The comment",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = CommentView.class)))
    public Response getPracticeComment(
            @PathParam("practiceId") UUID practiceId, @PathParam("commentId") UUID commentId) {
        CommentView comment = service.get(practiceId, commentId);
        return Tagged.ok(comment, comment.version());
    }

    @PUT
    @Path("/{commentId}/answer")
    @Operation(
            summary = "Answer a comment",
            description = "The practice owner's answer; replaces an earlier one. Requires If-Match with the "
                    + "comment's ETag.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = AnswerInput.class),
                            examples =
                                    @ExampleObject(
                                            name = "answer",
                                            value = "{\"text\": \"Über eine Sachverständigen-Prüfung vor dem"
                                                    + " Einbau.\"}")))
    @APIResponse(
            responseCode = "200",
            description = "The answered comment",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = CommentView.class)))
    public Response answerPracticeComment(
            @PathParam("practiceId") UUID practiceId,
            @PathParam("commentId") UUID commentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AnswerInput input) {
        CommentView comment = service.answer(practiceId, commentId, ifMatch, input);
        return Tagged.ok(comment, comment.version());
    }

    @DELETE
    @Path("/{commentId}")
    @Operation(
            summary = "Delete a comment",
            description = "Removes a comment, by its own organization or the practice's. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deletePracticeComment(
            @PathParam("practiceId") UUID practiceId,
            @PathParam("commentId") UUID commentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(practiceId, commentId, ifMatch);
    }
}
