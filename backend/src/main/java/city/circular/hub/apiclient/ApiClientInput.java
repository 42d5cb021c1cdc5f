package city.circular.hub.apiclient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiClientInput", description = "A machine client to create for the organization.")
public record ApiClientInput(
        @NotBlank @Size(max = 100) @Schema(examples = "Projektdatenbank sync")
        String name,

        @Size(max = 500) @Schema(examples = "Nightly export of the project database into the hub")
        String description,

        @NotNull @Schema(description = "VIEWER reads; EDITOR also writes")
        ApiClientRole role) {}
