package city.circular.hub.anchoring;

import city.circular.hub.common.Visibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FollowGroupInput", description = "The fields a client sets on a politicians' follow group.")
public record FollowGroupInput(
        @Schema(
                description = "The owning organization; only on create, and only needed when the caller edits for "
                        + "more than one. Ignored on update.")
        UUID organizationId,

        @NotBlank @Size(max = 200) @Schema(examples = "Politische Begleitgruppe Kreislaufstadt")
        String name,

        @Size(max = 4000)
        @Schema(
                description = "Who takes part and why; name people only as far as they agreed to it",
                examples = "Je ein Mitglied jeder Ratsfraktion, zweimal im Jahr")
        String description,

        @Schema(description = "Defaults to PRIVATE") Visibility visibility,
        @Size(max = 200) String externalId) {}
