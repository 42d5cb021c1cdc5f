package city.circular.hub.practice;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdoptionFeedbackInput", description = "How the adoption went, as the adopter tells it.")
public record AdoptionFeedbackInput(
        @Size(max = 4000)
        @Schema(description = "What was changed to fit the city", examples = "Lager beim Wertstoffhof")
        String adapted,

        @Size(max = 4000) @Schema(examples = "30 t Bauteile im ersten Jahr wiederverwendet")
        String results,

        @NotNull Boolean wouldRecommend) {}
