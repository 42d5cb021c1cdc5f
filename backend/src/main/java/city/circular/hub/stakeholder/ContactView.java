package city.circular.hub.stakeholder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StakeholderContact", description = "A person at a stakeholder (personal data; editors only).")
public record ContactView(
        UUID id,
        UUID stakeholderId,
        @Schema(examples = "Dr. Anna Beispiel") String name,
        @Schema(examples = "Leiterin Umwelt") String role,

        @Schema(examples = "anna.beispiel@hwk-musterstadt.example")
        String email,

        @Schema(examples = "+49 221 000000") String phone,
        boolean consentGiven,
        @Schema(examples = "2026-02-01") LocalDate consentDate,
        long version,
        Instant updatedAt,
        String updatedBy) {

    static ContactView of(StakeholderContact c) {
        return new ContactView(
                c.id,
                c.stakeholderId,
                c.name,
                c.role,
                c.email,
                c.phone,
                c.consentGiven,
                c.consentDate,
                c.version,
                c.updatedAt,
                c.updatedBy);
    }
}
