package city.circular.hub.stakeholder;

import city.circular.hub.common.Visibility;
import city.circular.hub.fieldofaction.FieldOfActionCodes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StakeholderInput", description = "The fields a client sets on a stakeholder.")
public record StakeholderInput(
        @Schema(description = "Owning organization; only on create, when the caller edits for several")
        UUID organizationId,

        @NotBlank @Size(max = 200) @Schema(examples = "Handwerkskammer Musterstadt")
        String name,

        @NotNull Sector sector,

        @Size(max = 20) @Schema(description = FieldOfActionCodes.LIST_DESCRIPTION)
        List<@NotNull @Pattern(regexp = FieldOfActionCodes.PATTERN, message = FieldOfActionCodes.MESSAGE) String>
                fieldsOfAction,

        @Size(max = 500)
        @Pattern(regexp = "https?://\\S+", message = "must be an http or https address")
        @Schema(examples = "https://hwk-musterstadt.example")
        String website,

        @Size(max = 4000) String description,
        @Schema(description = "Defaults to PRIVATE") Visibility visibility,
        @Size(max = 200) String externalId) {}
