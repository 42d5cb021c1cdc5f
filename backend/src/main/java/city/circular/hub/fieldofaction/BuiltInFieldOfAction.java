package city.circular.hub.fieldofaction;

import java.util.Arrays;
import java.util.List;

/**
 * The fields of action every organization has. Their codes are stable; clients translate them. Organizations add
 * their own beside them ({@link CustomFieldOfAction}).
 */
public enum BuiltInFieldOfAction {
    CONSTRUCTION_BUILDINGS,
    FOOD_NUTRITION,
    PROCUREMENT,
    WASTE_RESOURCES,
    BUSINESS_DEVELOPMENT,
    STRATEGY;

    public static final List<String> CODES =
            Arrays.stream(values()).map(Enum::name).toList();

    public static boolean isBuiltIn(String code) {
        return CODES.contains(code);
    }
}
