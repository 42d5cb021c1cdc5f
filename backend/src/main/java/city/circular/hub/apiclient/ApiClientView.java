package city.circular.hub.apiclient;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ApiClient",
        description = "A machine client of an organization: a Keycloak client for the client-credentials grant. The "
                + "secret is only in the answer that created it.")
public record ApiClientView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID organizationId,

        @Schema(
                required = true,
                description = "The client_id to request tokens with",
                examples = "cch-musterstadt-3f9a1c2e")
        String clientId,

        @Schema(required = true) String name,
        String description,
        @Schema(required = true) ApiClientRole role,

        @Schema(description = "The client secret: only in the answer that created the client, never again")
        String clientSecret,

        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt) {

    static ApiClientView of(ApiClient c, String secret) {
        return new ApiClientView(
                c.id, c.organizationId, c.clientId, c.name, c.description, c.role, secret, c.createdBy, c.createdAt);
    }
}
