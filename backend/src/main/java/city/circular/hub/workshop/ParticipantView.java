package city.circular.hub.workshop;

import city.circular.hub.stakeholder.RatingView.StakeholderSummary;
import city.circular.hub.stakeholder.Stakeholder;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WorkshopParticipant",
        description = "A stakeholder (an organisation, not a person) taking part in a workshop.",
        requiredProperties = {
            "id",
            "workshopId",
            "stakeholder",
            "status",
            "version",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy"
        })
public record ParticipantView(
        UUID id,
        UUID workshopId,
        StakeholderSummary stakeholder,
        ParticipantStatus status,

        @Schema(description = "When the participant joined the waitlist; present while on the WAITLIST")
        Instant waitlistedAt,

        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static ParticipantView of(Participant p, Stakeholder s) {
        return new ParticipantView(
                p.id,
                p.workshopId,
                new StakeholderSummary(s.id, s.name, s.sector),
                p.status,
                p.waitlistedAt,
                p.version,
                p.createdAt,
                p.createdBy,
                p.updatedAt,
                p.updatedBy);
    }
}
