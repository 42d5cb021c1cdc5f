package city.circular.hub.network;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdvisorCheckInInput", description = "What an advisor and the municipality discussed and agreed.")
public record CheckInInput(
        @NotNull @Schema(examples = "2026-03-12") LocalDate heldOn,
        @NotNull CheckInFormat format,

        @NotBlank @Size(max = 2000) @Schema(examples = "Bauteilkataster, Vergabekriterien")
        String topics,

        @Size(max = 4000) @Schema(examples = "Entwurf der Vergabekriterien bis Ende April")
        String agreements,

        @Size(max = 4000) @Schema(examples = "Abstimmung mit dem Bauamt")
        String nextSteps,

        @Schema(examples = "2026-04-30") LocalDate followUpOn) {

    @AssertTrue(message = "must not be before heldOn")
    @Schema(hidden = true)
    boolean isFollowUpOn() {
        return heldOn == null || followUpOn == null || !followUpOn.isBefore(heldOn);
    }
}
