package city.circular.hub.network;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AdvisorAssignmentInput",
        description = "Who advises which member municipality of the network, and for how long.")
public record AdvisorAssignmentInput(
        @NotNull @Schema(description = "An accepted member municipality of the network")
        UUID municipalityId,

        @Schema(
                description = "The advisor's organization: the network's coordinator (the default) or an accepted "
                        + "ADVISOR_ORGANIZATION member")
        UUID advisorOrganizationId,

        @NotBlank
        @Size(max = 200)
        @Pattern(regexp = "\\S+", message = "must be a username without spaces")
        @Schema(description = "The advisor's username as their sign-in names them", examples = "anna.berater")
        String advisorUsername,

        @NotBlank @Size(max = 200) @Schema(examples = "Anna Berater")
        String advisorName,

        @NotNull @Schema(examples = "2026-01-01") LocalDate startsOn,

        @Schema(description = "Open-ended when absent", examples = "2027-12-31")
        LocalDate endsOn,

        @Size(max = 1000) @Schema(examples = "Schwerpunkt Bauen und Beschaffung")
        String note) {

    @AssertTrue(message = "must not be before startsOn")
    @Schema(hidden = true)
    boolean isEndsOn() {
        return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
    }
}
