package city.circular.hub.component;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "StrategyComponentInput",
        description = "The fields a client sets on a strategy component. Its place in the outline is set on create "
                + "(as the last child of parentId) and changed with the move operation.")
public record StrategyComponentInput(
        @Schema(
                description = "The parent component; absent for a top-level component. Only on create; ignored on "
                        + "update (use the move operation).",
                examples = "3d0c7a55-5b6f-4c86-9a5e-1b0f2f5c9e21")
        UUID parentId,

        @NotNull ComponentType type,

        @NotBlank @Size(max = 200) @Schema(examples = "Siedlungsabfall pro Kopf bis 2030 um 20 % senken")
        String title,

        @Size(max = 4000) @Schema(examples = "Weniger Restmüll durch Vermeidung, Wiederverwendung und Reparatur.")
        String description,

        @Size(max = 200) @Schema(examples = "Amt für Umwelt und Abfallwirtschaft")
        String responsibleUnit,

        @Schema(description = "Defaults to DRAFT") ComponentStatus status,

        @Valid
        @Size(max = 50)
        @Schema(description = "SDG targets this goal contributes to; only on GOAL components. Each code once.")
        List<@NotNull SdgLink> sdgTargets,

        @Valid @Size(max = 50) @Schema(description = "Local sustainability goals this component contributes to")
        List<@NotNull LocalGoalLink> localGoals,

        @Size(max = 200)
        @Schema(description = "Key in the caller's source system, unique within the strategy", examples = "ziel-abf")
        String externalId) {

    /** The same input under this external id. */
    StrategyComponentInput withExternalId(String key) {
        return new StrategyComponentInput(
                parentId, type, title, description, responsibleUnit, status, sdgTargets, localGoals, key);
    }
}
