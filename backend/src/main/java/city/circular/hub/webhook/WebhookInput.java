package city.circular.hub.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookInput", description = "An HTTPS endpoint and the change types it receives.")
public record WebhookInput(
        @Schema(description = "Defaults to the only organization the caller administers")
        UUID organizationId,

        @NotBlank @Size(max = 2000) @Schema(examples = "https://portal.example.org/hooks/circular-city")
        String url,

        @Size(max = 500) @Schema(examples = "Regional project portal")
        String description,

        @Size(max = 30)
        @Schema(description = "Change types to receive (as in the change feed); empty or absent for all")
        List<@NotBlank @Size(max = 40) @Pattern(regexp = "[a-z-]+") String> eventTypes,

        @Schema(description = "Defaults to ACTIVE; ACTIVE again after a DISABLED endpoint was fixed")
        WebhookStatus status) {}
