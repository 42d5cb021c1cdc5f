package city.circular.hub.network;

import city.circular.hub.common.Problem;
import city.circular.hub.common.QueryParams;
import city.circular.hub.common.Tagged;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/networks/{id}/members")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Networks")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class NetworkMemberResource {

    private static final String DECISION_RULE = "The membership is not in a state this step applies to";

    private final NetworkService service;

    public NetworkMemberResource(NetworkService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List a network's members",
            description = "The open memberships (invited, requested, accepted) by organization name; ended ones with "
                    + "`status`. Only accepted members share NETWORK records with each other.")
    @APIResponse(responseCode = "200", description = "The memberships")
    public MemberList listNetworkMembers(
            @PathParam("id") UUID id,
            @Parameter(
                            description = "Only memberships in this status",
                            schema = @Schema(implementation = MembershipStatus.class))
                    @QueryParam("status")
                    String status) {
        return service.members(id, QueryParams.enumValue("status", status, MembershipStatus.class));
    }

    @POST
    @Operation(
            summary = "Invite an organization or ask to join",
            description = "The coordinator's admin invites an organization (INVITED, its admin decides); an "
                    + "organization's admin asks to join a network it reads (REQUESTED, the coordinator decides). "
                    + "409 if the organization has an open membership already.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = MemberInput.class),
                            examples =
                                    @ExampleObject(
                                            name = "invitation",
                                            value = "{\"organizationId\": \"0b5c6d3e-8f41-4c1e-9d1a-2f3b4c5d6e7f\","
                                                    + " \"role\": \"MEMBER_MUNICIPALITY\"}")))
    @APIResponse(
            responseCode = "201",
            description = "Invited or requested",
            headers = {
                @Header(name = "Location", description = "The membership's address", schema = @Schema(format = "uri")),
                @Header(ref = "ETag")
            },
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    public Response addNetworkMember(@PathParam("id") UUID id, @Valid @NotNull MemberInput input, UriInfo uri) {
        MemberView member = service.join(id, input);
        return Tagged.created(uri, member.id(), member, member.version());
    }

    @GET
    @Path("/{memberId}")
    @Operation(summary = "Get a membership", description = "One membership with its version as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The membership",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    public Response getNetworkMember(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId) {
        return tagged(service.member(id, memberId));
    }

    @PUT
    @Path("/{memberId}")
    @Operation(
            summary = "Change a member's role",
            description = "The coordinator changes the role and note of a membership. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = MemberUpdate.class),
                            examples =
                                    @ExampleObject(name = "advisor", value = "{\"role\": \"ADVISOR_ORGANIZATION\"}")))
    @APIResponse(
            responseCode = "200",
            description = "The membership",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    public Response updateNetworkMember(
            @PathParam("id") UUID id,
            @PathParam("memberId") UUID memberId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MemberUpdate input) {
        return tagged(service.updateMember(id, memberId, ifMatch, input));
    }

    @PUT
    @Path("/{memberId}/aggregate-consent")
    @Operation(
            summary = "Consent to share aggregates, or withdraw",
            description = "The member organization's own admin (nobody else: not the coordinator, not a platform"
                    + " admin) lets the network's dashboard count all its records, PRIVATE ones too, as aggregate"
                    + " figures only: strategies by status and completeness, starter projects by status and field of"
                    + " action with their summed impact, workshops held. The records themselves stay as visible as"
                    + " they are. Withdrawing takes effect at once; leaving or being removed withdraws. Only an"
                    + " accepted membership consents. Who decided when is kept on the membership and in the change"
                    + " feed. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = AggregateConsentInput.class),
                            examples = @ExampleObject(name = "consent", value = "{\"sharesAggregates\": true}")))
    @APIResponse(
            responseCode = "200",
            description = "The membership with its consent",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(
            responseCode = "422",
            description = DECISION_RULE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response decideNetworkAggregateConsent(
            @PathParam("id") UUID id,
            @PathParam("memberId") UUID memberId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AggregateConsentInput input) {
        return tagged(service.decideAggregates(id, memberId, ifMatch, input.sharesAggregates()));
    }

    @POST
    @Path("/{memberId}/accept")
    @Operation(
            summary = "Accept an invitation or request",
            description = "The invited organization's admin accepts an invitation; the coordinator's admin accepts a "
                    + "request. From then on the member and the other accepted members read each other's NETWORK "
                    + "records.")
    @APIResponse(
            responseCode = "200",
            description = "The accepted membership",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(
            responseCode = "422",
            description = DECISION_RULE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response acceptNetworkMembership(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId) {
        return tagged(service.accept(id, memberId));
    }

    @POST
    @Path("/{memberId}/decline")
    @Operation(
            summary = "Decline an invitation or request",
            description = "The invited organization's admin declines an invitation; the coordinator's admin declines "
                    + "a request.")
    @APIResponse(
            responseCode = "200",
            description = "The declined membership",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(
            responseCode = "422",
            description = DECISION_RULE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response declineNetworkMembership(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId) {
        return tagged(service.decline(id, memberId));
    }

    @POST
    @Path("/{memberId}/leave")
    @Operation(
            summary = "Leave a network",
            description = "The member organization's admin ends its membership (or withdraws its request) at once: "
                    + "from this request on, the network's members no longer read its NETWORK records, nor it "
                    + "theirs.")
    @APIResponse(
            responseCode = "200",
            description = "The ended membership",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(
            responseCode = "422",
            description = DECISION_RULE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response leaveNetwork(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId) {
        return tagged(service.leave(id, memberId));
    }

    @POST
    @Path("/{memberId}/remove")
    @Operation(
            summary = "Remove a member",
            description = "The coordinator's admin ends a membership, or withdraws an invitation, at once.")
    @APIResponse(
            responseCode = "200",
            description = "The ended membership",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(
            responseCode = "422",
            description = DECISION_RULE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response removeNetworkMember(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId) {
        return tagged(service.remove(id, memberId));
    }

    private static Response tagged(MemberView member) {
        return Tagged.ok(member, member.version());
    }
}
