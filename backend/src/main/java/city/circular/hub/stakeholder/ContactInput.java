package city.circular.hub.stakeholder;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StakeholderContactInput", description = "A contact person; consent needs its date.")
public record ContactInput(
        @NotBlank @Size(max = 200) @Schema(examples = "Dr. Anna Beispiel")
        String name,

        @Size(max = 200) @Schema(examples = "Leiterin Umwelt")
        String role,

        @Email @Size(max = 320) @Schema(examples = "anna.beispiel@hwk-musterstadt.example")
        String email,

        @Size(max = 50)
        @Pattern(regexp = "[+0-9 ()/-]*", message = "must be a phone number")
        @Schema(examples = "+49 221 000000")
        String phone,

        boolean consentGiven,
        @PastOrPresent @Schema(examples = "2026-02-01") LocalDate consentDate) {

    @AssertTrue(message = "is required when consent is given")
    @Schema(hidden = true)
    boolean isConsentDate() {
        return !consentGiven || consentDate != null;
    }
}
