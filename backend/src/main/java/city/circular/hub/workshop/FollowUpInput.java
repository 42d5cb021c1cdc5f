package city.circular.hub.workshop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkshopFollowUpInput", description = "The fields a client sets on a follow-up.")
public record FollowUpInput(
        @NotBlank @Size(max = 500) @Schema(examples = "Protokoll an alle Teilnehmenden versenden")
        String title,

        @Size(max = 200) @Schema(description = "Who does it (free text)", examples = "Amt für Wirtschaftsförderung")
        String owner,

        @NotNull @Schema(examples = "2026-03-24") LocalDate dueDate,
        @Schema(description = "Defaults to false") Boolean done) {}
