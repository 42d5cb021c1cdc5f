package city.circular.hub.component;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SdgLink",
        description = "A goal's contribution to an SDG target (see the reference data at /api/v1/sdgs).",
        requiredProperties = {"code", "contribution"})
public record SdgLink(
        @NotBlank @Size(max = 10) @Schema(description = "Code of an SDG target", examples = "12.5")
        String code,

        @NotNull Contribution contribution) {}
