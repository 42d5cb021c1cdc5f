package city.circular.hub.organization;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganizationInput", description = "A new organization (platform administrators only).")
public record OrganizationInput(
        @NotBlank
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,99}", message = "must be lower-case letters, digits and dashes")
        @Schema(examples = "musterstadt")
        String slug,

        @NotBlank @Size(max = 200) @Schema(examples = "Stadt Musterstadt")
        String name,

        @NotNull OrganizationKind kind,

        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") @Schema(examples = "DE")
        String country,

        @Size(max = 20) @Schema(examples = "05315000") String officialCode,

        @PositiveOrZero @Max(100_000_000) @Schema(examples = "250000")
        Integer population,

        @Size(max = 64)
        @Pattern(
                regexp = "[A-Za-z]+(/[A-Za-z0-9_+-]+){1,2}",
                message = "must be an IANA time zone such as Europe/Berlin")
        @Schema(
                description =
                        "IANA time zone; defaults to the country's (DE, DK, GL, FO), required for other countries",
                examples = "Europe/Copenhagen")
        String timeZone) {}
