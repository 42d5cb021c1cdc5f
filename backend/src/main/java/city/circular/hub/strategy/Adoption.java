package city.circular.hub.strategy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Adoption", description = "The council decision that adopted a strategy.")
public record Adoption(
        @NotBlank @Size(max = 200) @Schema(examples = "Rat der Stadt Musterstadt")
        String decisionBody,

        @NotNull @Schema(examples = "2026-03-12") LocalDate decidedOn,

        @NotBlank @Size(max = 200) @Schema(examples = "Drucksache 0815/2026")
        String reference,

        @Schema(
                description = "The recorded council decision (see /council-decisions) of the strategy's own "
                        + "organization that adopted it")
        UUID decisionId) {}
