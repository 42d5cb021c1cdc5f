package city.circular.hub.stakeholder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FieldOfAction", description = "A field of action of a circular-economy strategy.")
public enum FieldOfAction {
    CONSTRUCTION_BUILDINGS,
    FOOD_NUTRITION,
    PROCUREMENT,
    WASTE_RESOURCES,
    BUSINESS_DEVELOPMENT,
    STRATEGY
}
