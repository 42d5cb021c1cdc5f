package city.circular.hub.fieldofaction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "FieldOfActionInput",
        description = "An organization's own field of action. The code is set on create and never changes.")
public record FieldOfActionInput(
        @Schema(
                description = "Owning organization; on create, when the caller edits for several. A field of action "
                        + "never moves: on update, a different organization answers 422.")
        UUID organizationId,

        @Pattern(regexp = FieldOfActionCodes.PATTERN, message = "must be upper snake case such as URBAN_MINING")
        @Schema(
                description = "Only on create; defaults to the name in upper snake case (ä → AE). Must not be a "
                        + "built-in code or another code of the organization.",
                examples = "URBAN_MINING")
        String code,

        @NotBlank @Size(max = 200) @Schema(examples = "Urban Mining")
        String name,

        @Size(max = 2000) @Schema(examples = "Rückbau und Wiederverwendung von Baustoffen im Bestand")
        String description) {}
