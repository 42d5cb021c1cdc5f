package city.circular.hub.stakeholder;

import city.circular.hub.common.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Stakeholder", description = "An organisation of the municipality's ecosystem. Contacts are separate.")
public record StakeholderView(
        UUID id,
        UUID organizationId,
        @Schema(examples = "Handwerkskammer Musterstadt") String name,
        Sector sector,

        @Schema(description = "Codes of fields of action", examples = "[\"CONSTRUCTION_BUILDINGS\"]")
        List<String> fieldsOfAction,

        @Schema(examples = "https://hwk-musterstadt.example")
        String website,

        String description,
        Visibility visibility,
        String externalId,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static StakeholderView of(Stakeholder s) {
        return new StakeholderView(
                s.id,
                s.organizationId,
                s.name,
                s.sector,
                List.copyOf(s.fieldsOfAction),
                s.website,
                s.description,
                s.visibility,
                s.externalId,
                s.version,
                s.createdAt,
                s.createdBy,
                s.updatedAt,
                s.updatedBy);
    }
}
