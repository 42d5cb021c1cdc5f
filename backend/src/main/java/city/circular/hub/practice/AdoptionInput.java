package city.circular.hub.practice;

import city.circular.hub.common.Visibility;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PracticeAdoptionInput",
        description = "Adopts a published practice into a new starter project of the caller's organization.")
public record AdoptionInput(
        @Schema(description = "The adopting organization; only when the caller edits for several")
        UUID organizationId,

        @Size(max = 200) @Schema(description = "Title of the new project; defaults to the practice's title")
        String projectTitle,

        @Schema(description = "Who may see that the organization adopted the practice; defaults to PUBLIC")
        Visibility visibility,

        @Size(max = 200) String externalId) {}
