package city.circular.hub.anchoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FollowGroupMeetingInput", description = "A meeting of a follow group.")
public record MeetingInput(
        @NotNull @Schema(examples = "2026-04-20") LocalDate heldOn,

        @NotBlank @Size(max = 2000) @Schema(examples = "Stand der Strategie, Bauteilkataster")
        String topics,

        @Size(max = 8000) @Schema(examples = "Die Gruppe unterstützt die Vorlage für den Bauausschuss.")
        String notes) {}
