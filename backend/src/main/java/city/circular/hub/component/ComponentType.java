package city.circular.hub.component;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ComponentType",
        description = "The building blocks of the model approach: VISION (Leitbild), GOAL, STRATEGY (strategic line), "
                + "PROCESS, STRUCTURE, INSTRUMENT and PRODUCT. Only GOALs link to SDG targets and carry indicators.")
public enum ComponentType {
    VISION,
    GOAL,
    STRATEGY,
    PROCESS,
    STRUCTURE,
    INSTRUMENT,
    PRODUCT
}
