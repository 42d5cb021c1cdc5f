package city.circular.hub.component;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Contribution", description = "How strongly a goal contributes to the goal it is linked to.")
public enum Contribution {
    STRONG,
    MODERATE,
    WEAK
}
