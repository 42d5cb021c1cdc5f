package city.circular.hub.component;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Completeness",
        description =
                "Which of the seven component types the outline uses: a complete strategy has at least one of each.",
        requiredProperties = {"presentTypes", "missingTypes", "percent"})
public record Completeness(
        List<ComponentType> presentTypes,
        List<ComponentType> missingTypes,

        @Schema(description = "Present types out of seven, in per cent, rounded", examples = "71")
        int percent) {

    public static Completeness of(Set<ComponentType> present) {
        List<ComponentType> all = Arrays.asList(ComponentType.values());
        return new Completeness(
                all.stream().filter(present::contains).toList(),
                all.stream().filter(t -> !present.contains(t)).toList(),
                Math.round(present.size() * 100f / all.size()));
    }
}
