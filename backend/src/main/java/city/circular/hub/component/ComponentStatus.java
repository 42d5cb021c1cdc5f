package city.circular.hub.component;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ComponentStatus",
        description =
                "How far a component is: DRAFT, AGREED (with the partners), IN_PROGRESS (being implemented), DONE.")
public enum ComponentStatus {
    DRAFT,
    AGREED,
    IN_PROGRESS,
    DONE
}
