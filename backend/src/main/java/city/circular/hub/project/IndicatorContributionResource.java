package city.circular.hub.project;

import city.circular.hub.common.Problem;
import city.circular.hub.project.ProjectViews.ContributionsView;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/strategies/{strategyId}/indicator-contributions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class IndicatorContributionResource {

    private final ProjectReportingService service;

    public IndicatorContributionResource(ProjectReportingService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "Estimated contributions to indicators",
            description = "For each indicator of the strategy that measures of its starter projects contribute to: "
                    + "the estimated yearly total and the contributing measures, to show next to measured values.")
    @APIResponse(responseCode = "200", description = "Contributions by indicator")
    public List<ContributionsView> listIndicatorContributions(@PathParam("strategyId") UUID strategyId) {
        return service.contributions(strategyId);
    }
}
