package city.circular.hub.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NetworkStatusReportInput", description = "What a member municipality reports in its own words.")
public record StatusReportInput(
        @Schema(
                description = "The reporting member; only on create, and only needed when the caller edits for "
                        + "more than one member municipality of the network. Ignored on update.")
        UUID organizationId,

        @NotBlank @Size(max = 4000) @Schema(examples = "Zwei Starterprojekte sind in der Umsetzung.")
        String progress,

        @Size(max = 4000) @Schema(examples = "Ratsbeschluss zum Bauteilkataster im Mai.")
        String nextSteps,

        @Size(max = 4000) @Schema(examples = "Erfahrungen mit Vergabekriterien für Recyclingbeton")
        String helpNeeded) {}
