package city.circular.hub.sdg;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SdgGoal",
        description = "A UN Sustainable Development Goal with its targets.",
        requiredProperties = {"number", "title", "colour", "targets"})
public record SdgGoalView(
        @Schema(description = "1 to 17", examples = "12") int number,
        LocalizedText title,

        @Schema(description = "The UN's official colour of the goal", examples = "#BF8B2E")
        String colour,

        @Schema(description = "The goal's targets: numbered ones first, then the lettered means of implementation")
        List<SdgTargetView> targets) {

    @Schema(
            name = "LocalizedText",
            description = "A text in the languages of the hub.",
            requiredProperties = {"en", "de", "da"})
    public record LocalizedText(
            @Schema(examples = "Responsible consumption and production")
            String en,

            @Schema(examples = "Nachhaltige/r Konsum und Produktion")
            String de,

            @Schema(examples = "Ansvarligt forbrug og produktion")
            String da) {}
}
