package city.circular.hub.component;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ComponentMove",
        description = "A new place for a component (with its subtree): under parentId, or at the top level when "
                + "parentId is absent or null, at the given position among its new siblings.",
        requiredProperties = {"position"})
public record ComponentMove(
        @Schema(
                description = "The new parent, a component of the same strategy; absent (or null) for the top level",
                examples = "3d0c7a55-5b6f-4c86-9a5e-1b0f2f5c9e21")
        UUID parentId,

        @NotNull
        @Min(0)
        @Max(10_000)
        @Schema(
                description = "0-based place among the new siblings; a number past the last sibling means last",
                examples = "0")
        Integer position) {}
