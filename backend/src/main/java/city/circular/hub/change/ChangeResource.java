package city.circular.hub.change;

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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/changes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "The change feed for sync clients: every create, update and delete in order")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ChangeResource {

    private static final String PAGE_EXAMPLE = """
            {"items": [{"type": "starter-project", "id": "5b0e4c52-8a51-4b8f-9f4e-1d7c3a9e2f10",
              "operation": "UPDATE", "organizationId": "0d8f7a34-2c1e-4a57-b6a0-9e3f1c2d4b5a",
              "externalId": "pdb-117", "rootType": "starter-project", "rootId": "5b0e4c52-8a51-4b8f-9f4e-1d7c3a9e2f10",
              "changedAt": "2026-12-02T09:15:00.123456Z"}],
             "next": "YzE6OTY2OjM", "hasMore": false}""";

    private final ChangeFeed feed;

    public ChangeResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @Operation(
            summary = "Follow the change feed",
            description = "Every create, update and delete (a DELETE is a tombstone with id, type and externalId) of "
                    + "the records the caller may read, in commit-safe order: a change is never skipped, even when "
                    + "its transaction commits after later ones, and never repeated after the cursor moved past it. "
                    + "A record whose visibility change hides it from the caller appears as REMOVED. Start without "
                    + "`after`, then always pass the previous page's `next` (present even on an empty page). "
                    + "Cursors stay valid while the history they point into is kept (at least 30 days); an older "
                    + "one answers 410: read the full lists again and follow the feed from its start.")
    @APIResponse(
            responseCode = "200",
            description = "One page of changes",
            content =
                    @Content(
                            schema = @Schema(implementation = ChangePage.class),
                            examples = @ExampleObject(name = "page", value = PAGE_EXAMPLE)))
    @APIResponse(
            responseCode = "410",
            description = "The cursor points to changes that are no longer kept",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChangePage listChanges(
            @Parameter(description = "The `next` value of the previous page; absent to start from the beginning")
                    @QueryParam("after")
                    String after,
            @Parameter(
                            description = "Only these resource types, comma-separated (e.g. `starter-project,measure`)",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 1000))
                    @QueryParam("types")
                    String types,
            @Parameter(description = "Only this organization's records", schema = @Schema(format = "uuid"))
                    @QueryParam("organizationId")
                    String organizationId,
            @Parameter(
                            description = "Page size, 1 to 1000",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "1000",
                                            defaultValue = "100"))
                    @QueryParam("limit")
                    String limit) {
        return feed.page(
                ChangePosition.decode(after, "after"),
                ChangeTypes.parse("types", types),
                QueryParams.uuid("organizationId", organizationId),
                PageRequest.limit("limit", limit, ChangeFeed.DEFAULT_LIMIT, ChangeFeed.MAX_LIMIT));
    }
}
