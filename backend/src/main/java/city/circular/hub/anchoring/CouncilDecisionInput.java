package city.circular.hub.anchoring;

import city.circular.hub.common.Visibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "CouncilDecisionInput",
        description = "The fields a client sets on a council or committee decision; id, version and audit fields "
                + "belong to the server.")
public record CouncilDecisionInput(
        @Schema(
                description = "The owning organization; only on create, and only needed when the caller edits for "
                        + "more than one. Ignored on update.")
        UUID organizationId,

        @NotBlank @Size(max = 200) @Schema(examples = "Ausschuss für Umwelt und Klima")
        String body,

        @NotNull @Schema(examples = "2026-03-12") LocalDate decidedOn,

        @NotBlank @Size(max = 200) @Schema(examples = "Drucksache 0815/2026")
        String reference,

        @NotBlank @Size(max = 500) @Schema(examples = "Kreislaufwirtschaftsstrategie der Stadt Musterstadt")
        String subject,

        @Size(max = 500)
        @Pattern(regexp = "https?://\\S+", message = "must be an http or https address")
        @Schema(examples = "https://ratsinfo.musterstadt.example/vorlage/0815-2026")
        String link,

        @Schema(description = "A strategy of the same organization the decision is about")
        UUID strategyId,

        @Schema(description = "A starter project of the same organization the decision is about")
        UUID projectId,

        @Schema(description = "Defaults to PRIVATE") Visibility visibility,
        @Size(max = 200) String externalId) {}
