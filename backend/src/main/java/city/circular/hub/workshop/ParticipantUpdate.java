package city.circular.hub.workshop;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkshopParticipantUpdate", description = "A participant's new status.")
public record ParticipantUpdate(@NotNull ParticipantStatus status) {}
