package city.circular.hub.sdg;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SdgTarget",
        description = "A target of a Sustainable Development Goal.",
        requiredProperties = {"code", "title"})
public record SdgTargetView(
        @Schema(description = "Goal number, a dot, and the target's number or letter", examples = "12.5")
        String code,

        @Schema(
                description = "The official English text of the target (a few very long ones shortened)",
                examples = "By 2030, substantially reduce waste generation through prevention, reduction, recycling "
                        + "and reuse")
        String title) {}
