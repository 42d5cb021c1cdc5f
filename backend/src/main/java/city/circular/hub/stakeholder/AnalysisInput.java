package city.circular.hub.stakeholder;

import city.circular.hub.common.Visibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StakeholderAnalysisInput", description = "The fields a client sets on a stakeholder analysis.")
public record AnalysisInput(
        @NotNull @Schema(description = "The strategy analysed; fixed after creation")
        UUID strategyId,

        @NotBlank @Size(max = 200) @Schema(examples = "Stakeholderanalyse 2026")
        String title,

        @NotNull AnalysisMethod method,
        @Schema(examples = "2026-02-15") LocalDate conductedOn,
        @Schema(description = "Defaults to PLANNED") AnalysisStatus status,

        @Size(max = 200) @Schema(examples = "Wuppertal Institut")
        String facilitator,

        @Schema(description = "Defaults to PRIVATE") Visibility visibility,
        @Size(max = 200) String externalId) {}
