package city.circular.hub.fieldofaction;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "FieldOfActionList",
        description = "The built-in fields of action in their fixed order, then the organizations' own by name.",
        requiredProperties = {"items"})
public record FieldOfActionList(List<FieldOfActionView> items) {}
