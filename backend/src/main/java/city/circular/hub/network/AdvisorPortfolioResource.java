package city.circular.hub.network;

import city.circular.hub.common.Problem;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/advisor-portfolio")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Networks")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AdvisorPortfolioResource {

    private final AdvisorService advisors;

    public AdvisorPortfolioResource(AdvisorService advisors) {
        this.advisors = advisors;
    }

    @GET
    @Operation(
            summary = "Get my advisor portfolio",
            description = "The municipalities the caller advises today, by name, each with its starter projects by "
                    + "status (those the caller may read), its latest check-in, next follow-up and latest status "
                    + "report in the network. Empty for someone who advises nobody.")
    @APIResponse(responseCode = "200", description = "The portfolio")
    public PortfolioView getAdvisorPortfolio() {
        return advisors.portfolio();
    }
}
