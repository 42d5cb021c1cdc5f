package city.circular.hub.workshop;

import city.circular.hub.stakeholder.Sector;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WorkshopParticipantInput",
        description = "A participant: a stakeholder of the workshop organization's register (`stakeholderId`), or a "
                + "new one that is added to the register on the spot (`newStakeholder`). Exactly one of the two.")
public record ParticipantInput(
        UUID stakeholderId,
        @Valid NewStakeholder newStakeholder,

        @Schema(description = "Defaults to REGISTERED; a registration beyond the capacity goes to the WAITLIST")
        ParticipantStatus status) {

    @AssertTrue(message = "give either stakeholderId or newStakeholder")
    @Schema(hidden = true)
    boolean isStakeholderId() {
        return (stakeholderId == null) != (newStakeholder == null);
    }

    @Schema(name = "NewWorkshopStakeholder", description = "A stakeholder to add to the register.")
    public record NewStakeholder(
            @NotBlank @Size(max = 200) @Schema(examples = "Unverpackt-Laden Musterstadt")
            String name,

            @NotNull Sector sector) {}
}
