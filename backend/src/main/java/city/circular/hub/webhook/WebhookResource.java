package city.circular.hub.webhook;

import city.circular.hub.common.ApiDocumentationFilter;
import city.circular.hub.common.PageRequest;
import city.circular.hub.common.Problem;
import city.circular.hub.common.QueryParams;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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

@Path("/api/v1/webhooks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Webhooks",
        description = "Organization admins subscribe HTTPS endpoints to changes. Messages follow Standard Webhooks: "
                + "headers webhook-id, webhook-timestamp and webhook-signature (v1, HMAC-SHA256 over "
                + "id.timestamp.body with the whsec_ secret; two signatures during a rotation); the body is "
                + "{type, timestamp, data} with data as in the change feed. At least once, in order per "
                + "subscription; retried with exponential backoff for about three days, then disabled.")
@SecurityRequirement(name = "bearer")
@APIResponse(
        responseCode = "401",
        description = "Missing or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WebhookResource {

    private static final String INPUT_EXAMPLE = """
            {"url": "https://portal.example.org/hooks/circular-city", "description": "Regional project portal",
             "eventTypes": ["starter-project", "measure"]}""";

    private final WebhookService service;

    public WebhookResource(WebhookService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List webhooks", description = "The webhooks of an organization the caller administers.")
    @APIResponse(
            responseCode = "200",
            description = "The organization's webhooks",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = WebhookView.class)))
    public List<WebhookView> listWebhooks(
            @Parameter(
                            description = "Required when the caller administers more than one organization",
                            schema = @Schema(format = "uuid"))
                    @QueryParam("organizationId")
                    String organizationId) {
        return service.list(QueryParams.uuid("organizationId", organizationId));
    }

    @POST
    @Operation(
            summary = "Subscribe a webhook",
            description = "Subscribes an HTTPS endpoint on a public address to the changes made from now on. The "
                    + "answer carries the signing secret; it is not shown again.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = WebhookInput.class),
                            examples = @ExampleObject(name = "webhook", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Subscribed",
            content = @Content(schema = @Schema(implementation = WebhookView.class)),
            extensions = @Extension(name = ApiDocumentationFilter.CREATED, value = "webhook"))
    public Response createWebhook(@Valid @NotNull WebhookInput input, UriInfo uri) {
        WebhookView created = service.create(input);
        return Tagged.created(uri, created.id(), created, created.version());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a webhook", description = "One webhook (without its secret), its version as ETag.")
    @APIResponse(
            responseCode = "200",
            description = "The webhook",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    public Response getWebhook(@PathParam("id") UUID id) {
        return tagged(service.get(id));
    }

    @PUT
    @ChecksAccessFirst(WebhookService.class)
    @Path("/{id}")
    @Operation(
            summary = "Update a webhook",
            description = "Changes the endpoint, description, types or status; setting a DISABLED webhook ACTIVE "
                    + "resumes delivery where it stopped. Requires If-Match.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            schema = @Schema(implementation = WebhookInput.class),
                            examples = @ExampleObject(name = "webhook", value = INPUT_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The updated webhook",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    public Response updateWebhook(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WebhookInput input) {
        return tagged(service.update(id, ifMatch, input));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a webhook", description = "Ends the subscription. Requires If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteWebhook(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(
            summary = "Rotate a webhook's secret",
            description = "A new secret signs from now on; for 24 hours messages carry a second signature with the "
                    + "previous one, so the receiver can switch over. The answer carries the new secret. Requires "
                    + "If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The webhook with its new secret",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    public Response rotateWebhookSecret(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(service.rotateSecret(id, ifMatch));
    }

    @POST
    @Path("/{id}/ping")
    @Operation(
            summary = "Ping a webhook",
            description = "Sends a signed webhook.ping message now and answers with how the endpoint answered.")
    @APIResponse(
            responseCode = "200",
            description = "The attempt",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public DeliveryView pingWebhook(@PathParam("id") UUID id) {
        return service.ping(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(
            summary = "List a webhook's deliveries",
            description = "The delivery log, newest attempt first, with each endpoint answer.")
    @APIResponse(
            responseCode = "200",
            description = "The latest attempts",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DeliveryView.class)))
    public List<DeliveryView> listWebhookDeliveries(
            @PathParam("id") UUID id,
            @Parameter(
                            description = "How many attempts, 1 to 100",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "50"))
                    @QueryParam("limit")
                    String limit) {
        return service.deliveries(id, PageRequest.limit("limit", limit, 50, 100));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(
            summary = "Redeliver a message",
            description = "Sends a logged message again now, unchanged and with the same webhook-id.")
    @APIResponse(
            responseCode = "200",
            description = "The new attempt",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public DeliveryView redeliverWebhookMessage(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return service.redeliver(id, deliveryId);
    }

    private static Response tagged(WebhookView view) {
        return Tagged.ok(view, view.version());
    }
}
