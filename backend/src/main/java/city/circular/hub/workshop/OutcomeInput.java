package city.circular.hub.workshop;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkshopOutcomeInput", description = "The fields a client sets on an outcome.")
public record OutcomeInput(
        @NotNull OutcomeType type,

        @NotBlank @Size(max = 4000) @Schema(examples = "Bauteilbörse für Rückbaumaterial aus städtischen Gebäuden")
        String text,

        @Min(0) @Max(100000) @Schema(description = "Dot votes it got; defaults to 0", examples = "12")
        Integer votes,

        @Min(1) @Max(5) @Schema(description = "1 (highest) to 5", examples = "1")
        Integer priority) {}
