package city.circular.hub.sdg;

import city.circular.hub.common.Problem;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sdgs")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Lists that records refer to, such as the UN Sustainable Development Goals")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SdgResource {

    /** The goals change only with a new release of the hub, so clients may keep them for a day. */
    private static final int CACHE_SECONDS = 86_400;

    private final SdgService service;

    public SdgResource(SdgService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List the SDGs",
            description = "All 17 Sustainable Development Goals with their titles in English, German and Danish, "
                    + "their official colours and all 169 targets. Strategy goals link to these targets by code.")
    @APIResponse(
            responseCode = "200",
            description = "The goals, by number",
            headers =
                    @Header(
                            name = "Cache-Control",
                            description = "Reference data: may be kept for a day",
                            schema = @Schema(type = SchemaType.STRING, examples = "max-age=86400")),
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SdgGoalView.class)))
    public Response listSdgs() {
        CacheControl cache = new CacheControl();
        cache.setNoTransform(false);
        cache.setMaxAge(CACHE_SECONDS);
        return Response.ok(service.goals()).cacheControl(cache).build();
    }
}
