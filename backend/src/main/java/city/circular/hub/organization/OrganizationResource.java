package city.circular.hub.organization;

import city.circular.hub.change.ChangeHistory;
import city.circular.hub.change.HistoryPage;
import city.circular.hub.common.PageParams;
import city.circular.hub.common.Problem;
import city.circular.hub.common.Tagged;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "The caller, and the directory of organizations")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class OrganizationResource {

    private final OrganizationService service;
    private final CallerContext callers;
    private final AccessPolicy policy;
    private final ChangeHistory history;

    public OrganizationResource(
            OrganizationService service, CallerContext callers, AccessPolicy policy, ChangeHistory history) {
        this.service = service;
        this.callers = callers;
        this.policy = policy;
        this.history = history;
    }

    @GET
    @Path("/organizations/{id}/history")
    @Operation(
            summary = "Get an organization's audit trail",
            description = "Every change to the organization's records, newest first: who, when, in which request, "
                    + "and each field before and after (personal data without values). For the organization's "
                    + "admins.")
    @APIResponse(
            responseCode = "200",
            description = "One page of the audit trail",
            content = @Content(schema = @Schema(implementation = HistoryPage.class)))
    public HistoryPage getOrganizationHistory(@PathParam("id") UUID id, @BeanParam PageParams page) {
        policy.administers(id, "audit trail");
        return history.ofOrganization(id, page.limit, page.cursor);
    }

    @GET
    @Path("/me")
    @Operation(summary = "The caller", description = "Who the caller is and their role in each organization.")
    @APIResponse(responseCode = "200", description = "The caller")
    public MeView me() {
        var caller = callers.current();
        var memberships = service.byIds(caller.memberships().keySet()).stream()
                .map(o -> new MeView.Membership(
                        OrganizationView.of(o), caller.memberships().get(o.id)))
                .sorted(Comparator.comparing(m -> m.organization().name()))
                .toList();
        return new MeView(
                caller.subject(), caller.username(), caller.displayName(), caller.platformAdmin(), memberships);
    }

    @GET
    @Path("/organizations")
    @Operation(summary = "List organizations", description = "Every organization in the hub, sorted by name.")
    @APIResponse(responseCode = "200", description = "The organizations")
    public List<OrganizationView> listOrganizations() {
        return service.list().stream().map(OrganizationView::of).toList();
    }

    @GET
    @Path("/organizations/{id}")
    @Operation(summary = "Get an organization", description = "One organization of the directory.")
    @APIResponse(responseCode = "200", description = "The organization")
    public OrganizationView getOrganization(@PathParam("id") UUID id) {
        return OrganizationView.of(service.get(id));
    }

    @POST
    @Path("/organizations")
    @RolesAllowed(CallerContext.PLATFORM_ADMIN)
    @Operation(summary = "Create an organization", description = "Adds an organization; platform administrators only.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new organization's address",
                            schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public Response createOrganization(@Valid @NotNull OrganizationInput input) {
        Organization created = service.create(input);
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, Tagged.location("/api/v1/organizations/" + created.id))
                .entity(OrganizationView.of(created))
                .build();
    }
}
