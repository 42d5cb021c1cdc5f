package city.circular.hub.practice;

import city.circular.hub.common.Bounds;
import city.circular.hub.common.Visibility;
import city.circular.hub.fieldofaction.FieldOfActionCodes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PracticeInput",
        description = "The fields a client sets on a good practice. Publishing goes through the status endpoint. A "
                + "practice names organizations only: never contact persons or other personal data.")
public record PracticeInput(
        @Schema(description = "Owning organization; only on create, when the caller edits for several")
        UUID organizationId,

        @NotBlank @Size(max = 200) @Schema(examples = "Bauteilbörse für kommunale Rückbauprojekte")
        String title,

        @Size(max = 4000) String summary,
        @Valid Context context,
        @Size(max = 8000) String problem,
        @Size(max = 8000) String approach,
        @Valid Results results,
        @Size(max = 4000) String successFactors,
        @Size(max = 4000) String barriers,
        @Size(max = 2000) String costAndEffort,
        @Size(max = 200) @Schema(examples = "18 Monate") String duration,
        @Size(max = 4000) String transferConditions,
        @Size(max = 4000) String lessonsLearned,

        @Schema(description = "The organization to ask about the practice (never a person)")
        UUID contactOrganizationId,

        @Size(max = 20) @Schema(description = FieldOfActionCodes.LIST_DESCRIPTION)
        List<@NotNull @Pattern(regexp = FieldOfActionCodes.PATTERN, message = FieldOfActionCodes.MESSAGE) String>
                fieldsOfAction,

        @Size(max = 30) @Schema(description = "SDG target codes such as 12.5")
        List<
                        @NotNull @Size(max = 5)
                        @Pattern(
                                regexp = "^[0-9]{1,2}\\.[0-9a-z]{1,2}$",
                                message = "must be an SDG target code such as 12.5")
                        String>
                sdgTargets,

        @Schema(description = "Defaults to IDEA") Maturity maturity,

        @NotNull
        @Size(max = 2)
        @Pattern(regexp = "^(de|da|en)$", message = "must be de, da or en")
        @Schema(
                examples = "de",
                description =
                        "The language the practice is written in; its text is searched with that language's stemming")
        String language,

        @Size(max = 40) @Schema(description = "Defaults to CC-BY-4.0", examples = "CC-BY-4.0")
        String licence,

        @Size(max = 20) List<@Valid @NotNull AttachmentInput> attachments,

        @Schema(description = "The starter project the practice documents")
        UUID sourceProjectId,

        @Schema(description = "Defaults to PRIVATE; a published practice must be NETWORK or PUBLIC")
        Visibility visibility,

        @Size(max = 200) String externalId) {

    @Schema(name = "PracticeContext", description = "Where the practice comes from.")
    public record Context(
            @Size(max = 200) @Schema(examples = "Stadt Musterstadt")
            String municipality,

            @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code such as DE")
            @Schema(examples = "DE")
            String country,

            PopulationBand populationBand,
            RegionType regionType) {}

    @Schema(
            name = "PracticeResults",
            description = "What the practice achieved: text, and yearly figures such as the source project's impact.")
    public record Results(
            @Size(max = 8000) String text,

            @DecimalMin("0")
            @DecimalMax(Bounds.QUANTITY_MAX)
            @Digits(integer = Bounds.QUANTITY_INTEGER, fraction = Bounds.QUANTITY_FRACTION)
            @Schema(examples = "120.5")
            BigDecimal co2eTonnesPerYear,

            @DecimalMin("0")
            @DecimalMax(Bounds.QUANTITY_MAX)
            @Digits(integer = Bounds.QUANTITY_INTEGER, fraction = Bounds.QUANTITY_FRACTION)
            BigDecimal renewableMwhPerYear,

            @DecimalMin("0")
            @DecimalMax(Bounds.QUANTITY_MAX)
            @Digits(integer = Bounds.QUANTITY_INTEGER, fraction = Bounds.QUANTITY_FRACTION)
            BigDecimal materialTonnesPerYear,

            FiguresBasis basis) {}

    @Schema(name = "PracticeAttachmentInput", description = "A link to a document about the practice.")
    public record AttachmentInput(
            @NotBlank @Size(max = 200) @Schema(examples = "Leitfaden (PDF)")
            String title,

            @NotBlank
            @Size(max = 2000)
            @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https address")
            @Schema(examples = "https://musterstadt.example/bauteilboerse.pdf")
            String url) {}
}
