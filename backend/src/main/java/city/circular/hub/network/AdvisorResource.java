package city.circular.hub.network;

import city.circular.hub.common.ApiDocumentationFilter;
import city.circular.hub.common.Problem;
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

@Path("/api/v1/networks/{id}/advisor-assignments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Networks")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AdvisorResource {

    private static final String ASSIGNMENT_EXAMPLE = """
            {"municipalityId": "00000000-0000-4000-8000-000000000001", "advisorUsername": "anna.berater",
             "advisorName": "Anna Berater", "startsOn": "2026-01-01", "endsOn": "2027-12-31",
             "note": "Schwerpunkt Bauen und Beschaffung"}""";

    private static final String CHECK_IN_EXAMPLE = """
            {"heldOn": "2026-03-12", "format": "VIDEO", "topics": "Bauteilkataster, Vergabekriterien",
             "agreements": "Entwurf der Vergabekriterien bis Ende April", "nextSteps": "Abstimmung mit dem Bauamt",
             "followUpOn": "2026-04-30"}""";

    private final AdvisorService advisors;
    private final CheckInService checkIns;

    public AdvisorResource(AdvisorService advisors, CheckInService checkIns) {
        this.advisors = advisors;
        this.checkIns = checkIns;
    }

    @GET
    @Operation(
            summary = "List a network's advisor assignments",
            description = "The assignments the caller may see, the newest first: all of them for the coordinator's "
                    + "members and platform administrators, a municipality's own for its members, an advisor's own.")
    @APIResponse(responseCode = "200", description = "The assignments")
    public AdvisorAssignmentList listAdvisorAssignments(@PathParam("id") UUID id) {
        return advisors.list(id);
    }

    @POST
    @ChecksAccessFirst(AdvisorService.class)
    @Operation(
            summary = "Assign an advisor",
            description = "The coordinator's admins assign a person of the coordinator or of an accepted advisor "
                    + "organization to an accepted member municipality for a period (422 otherwise); the same person "
                    + "advises a municipality in one period at a time (409).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = AdvisorAssignmentInput.class),
                            examples = @ExampleObject(name = "assignment", value = ASSIGNMENT_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Assigned",
            content = @Content(schema = @Schema(implementation = AdvisorAssignmentView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "advisor assignment"))
    public Response createAdvisorAssignment(
            @PathParam("id") UUID id, @Valid @NotNull AdvisorAssignmentInput input, UriInfo uri) {
        AdvisorAssignmentView assignment = advisors.create(id, input);
        return Tagged.created(uri, assignment.id(), assignment, assignment.version());
    }

    @GET
    @Path("/{assignmentId}")
    @Operation(summary = "Get an advisor assignment", description = "One assignment with its version as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The assignment",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = AdvisorAssignmentView.class)))
    public Response getAdvisorAssignment(@PathParam("id") UUID id, @PathParam("assignmentId") UUID assignmentId) {
        AdvisorAssignmentView assignment = advisors.get(id, assignmentId);
        return Tagged.ok(assignment, assignment.version());
    }

    @PUT
    @ChecksAccessFirst(AdvisorService.class)
    @Path("/{assignmentId}")
    @Operation(
            summary = "Update an advisor assignment",
            description = "Replaces the assignment's fields. The coordinator's admins only. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = AdvisorAssignmentInput.class),
                            examples = @ExampleObject(name = "assignment", value = ASSIGNMENT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The updated assignment",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = AdvisorAssignmentView.class)))
    public Response updateAdvisorAssignment(
            @PathParam("id") UUID id,
            @PathParam("assignmentId") UUID assignmentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AdvisorAssignmentInput input) {
        AdvisorAssignmentView assignment = advisors.update(id, assignmentId, ifMatch, input);
        return Tagged.ok(assignment, assignment.version());
    }

    @POST
    @Path("/{assignmentId}/end")
    @Operation(
            summary = "End an advisor assignment",
            description = "Ends the assignment today; its check-in log stays. 422 for one that has ended already or "
                    + "not begun yet (delete that one). Requires If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The ended assignment",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = AdvisorAssignmentView.class)))
    public Response endAdvisorAssignment(
            @PathParam("id") UUID id,
            @PathParam("assignmentId") UUID assignmentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AdvisorAssignmentView assignment = advisors.end(id, assignmentId, ifMatch);
        return Tagged.ok(assignment, assignment.version());
    }

    @DELETE
    @Path("/{assignmentId}")
    @Operation(
            summary = "Delete an advisor assignment",
            description = "Deletes the assignment with its check-in log. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteAdvisorAssignment(
            @PathParam("id") UUID id,
            @PathParam("assignmentId") UUID assignmentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        advisors.delete(id, assignmentId, ifMatch);
    }

    @GET
    @Path("/{assignmentId}/check-ins")
    @Operation(
            summary = "List an assignment's check-ins",
            description = "The check-in log, the latest first. Read by the network's coordinator, the municipality's "
                    + "members and the advisor; 404 for everybody else.")
    @APIResponse(responseCode = "200", description = "The check-ins")
    public CheckInList listAdvisorCheckIns(@PathParam("id") UUID id, @PathParam("assignmentId") UUID assignmentId) {
        return checkIns.list(id, assignmentId);
    }

    @POST
    @ChecksAccessFirst(CheckInService.class)
    @Path("/{assignmentId}/check-ins")
    @Operation(
            summary = "Record a check-in",
            description = "The assigned advisor or the coordinator's editors record a check-in within the "
                    + "assignment's period (422 otherwise).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = CheckInInput.class),
                            examples = @ExampleObject(name = "check-in", value = CHECK_IN_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = CheckInView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "check-in"))
    public Response createAdvisorCheckIn(
            @PathParam("id") UUID id,
            @PathParam("assignmentId") UUID assignmentId,
            @Valid @NotNull CheckInInput input,
            UriInfo uri) {
        CheckInView checkIn = checkIns.create(id, assignmentId, input);
        return Tagged.created(uri, checkIn.id(), checkIn, checkIn.version());
    }

    @GET
    @Path("/{assignmentId}/check-ins/{checkInId}")
    @Operation(summary = "Get a check-in", description = "One check-in with its version as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The check-in",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = CheckInView.class)))
    public Response getAdvisorCheckIn(
            @PathParam("id") UUID id,
            @PathParam("assignmentId") UUID assignmentId,
            @PathParam("checkInId") UUID checkInId) {
        CheckInView checkIn = checkIns.get(id, assignmentId, checkInId);
        return Tagged.ok(checkIn, checkIn.version());
    }

    @PUT
    @ChecksAccessFirst(CheckInService.class)
    @Path("/{assignmentId}/check-ins/{checkInId}")
    @Operation(
            summary = "Update a check-in",
            description = "The assigned advisor or the coordinator's editors change a check-in. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = CheckInInput.class),
                            examples = @ExampleObject(name = "check-in", value = CHECK_IN_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The updated check-in",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = CheckInView.class)))
    public Response updateAdvisorCheckIn(
            @PathParam("id") UUID id,
            @PathParam("assignmentId") UUID assignmentId,
            @PathParam("checkInId") UUID checkInId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CheckInInput input) {
        CheckInView checkIn = checkIns.update(id, assignmentId, checkInId, ifMatch, input);
        return Tagged.ok(checkIn, checkIn.version());
    }

    @DELETE
    @Path("/{assignmentId}/check-ins/{checkInId}")
    @Operation(summary = "Delete a check-in", description = "Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteAdvisorCheckIn(
            @PathParam("id") UUID id,
            @PathParam("assignmentId") UUID assignmentId,
            @PathParam("checkInId") UUID checkInId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        checkIns.delete(id, assignmentId, checkInId, ifMatch);
    }
}
