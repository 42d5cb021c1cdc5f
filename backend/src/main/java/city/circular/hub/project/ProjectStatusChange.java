package city.circular.hub.project;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectStatusChange", description = "Moves a starter project to another status.")
public record ProjectStatusChange(
        @NotNull ProjectStatus status,

        @Size(max = 1000)
        @Schema(description = "Required for ON_HOLD and CANCELLED", examples = "Fördermittel abgelehnt")
        String reason) {}
