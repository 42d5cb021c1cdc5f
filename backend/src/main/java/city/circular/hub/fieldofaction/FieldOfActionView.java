package city.circular.hub.fieldofaction;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "FieldOfAction",
        description = "A field of action: a built-in one (only code and builtIn; clients translate the code) or one "
                + "an organization added (with its name and the usual record fields). An organization's own field is "
                + "identified by organizationId and code together: other organizations may define the same code for "
                + "fields of their own.",
        requiredProperties = {"code", "builtIn"})
public record FieldOfActionView(
        @Schema(pattern = FieldOfActionCodes.PATTERN, examples = "URBAN_MINING")
        String code,

        boolean builtIn,
        @Schema(description = "Custom fields only") UUID id,
        @Schema(description = "Custom fields only") UUID organizationId,

        @Schema(description = "Custom fields only", examples = "Urban Mining")
        String name,

        String description,
        @Schema(description = "Custom fields only") Long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static FieldOfActionView of(BuiltInFieldOfAction field) {
        return new FieldOfActionView(field.name(), true, null, null, null, null, null, null, null, null, null);
    }

    static FieldOfActionView of(CustomFieldOfAction f) {
        return new FieldOfActionView(
                f.code,
                false,
                f.id,
                f.organizationId,
                f.name,
                f.description,
                f.version,
                f.createdAt,
                f.createdBy,
                f.updatedAt,
                f.updatedBy);
    }
}
