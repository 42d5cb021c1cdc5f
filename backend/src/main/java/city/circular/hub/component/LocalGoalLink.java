package city.circular.hub.component;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "LocalGoalLink",
        description = "A goal's contribution to one of the municipality's own sustainability goals, named freely.",
        requiredProperties = {"name", "contribution"})
public record LocalGoalLink(
        @NotBlank @Size(max = 200) @Schema(examples = "Klimaneutrales Musterstadt 2035")
        String name,

        @NotNull Contribution contribution) {}
