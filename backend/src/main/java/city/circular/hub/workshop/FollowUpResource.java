package city.circular.hub.workshop;

import city.circular.hub.common.PageRequest;
import city.circular.hub.common.Problem;
import city.circular.hub.common.QueryParams;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The follow-ups of every workshop a caller may read; its own root, beside the per-workshop resource. */
@Path("/api/v1/follow-ups")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = WorkshopFollowUpResource.TAG, description = WorkshopFollowUpResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class FollowUpResource {

    private final FollowUpService service;

    public FollowUpResource(FollowUpService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List follow-ups across workshops",
            description = "The follow-ups of every workshop the caller may read, by due date, one page at a time; "
                    + "`overdue=true` keeps the open ones due before today (German and Danish time).")
    @APIResponse(responseCode = "200", description = "One page of follow-ups")
    public FollowUpPage listFollowUps(
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
            @Parameter(
                            description = "Only follow-ups of this organization's workshops",
                            schema = @Schema(format = "uuid"))
                    @QueryParam("organizationId")
                    String organizationId,
            @Parameter(
                            description = "true: only open follow-ups past their due date; false: only the others",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("overdue")
                    String overdue) {
        var filter = new FollowUpRepository.Filter(
                QueryParams.uuid("organizationId", organizationId), QueryParams.bool("overdue", overdue));
        return service.search(filter, PageRequest.of(limit, cursor));
    }
}
