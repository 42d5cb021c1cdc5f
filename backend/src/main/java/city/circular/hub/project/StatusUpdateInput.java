package city.circular.hub.project;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectStatusUpdateInput", description = "A new entry of the project's status-update log.")
public record StatusUpdateInput(
        @PastOrPresent @Schema(description = "Defaults to today", examples = "2026-11-20")
        LocalDate reportedOn,

        @NotBlank @Size(max = 4000) @Schema(examples = "Bauteilkatalog für die Schule Nord ist fertig.")
        String text,

        @Min(0) @Max(100) @Schema(description = "Overall progress in percent", examples = "40")
        Integer progress) {}
