package city.circular.hub.network;

import city.circular.hub.common.Bounds;
import city.circular.hub.common.Visibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NetworkInput",
        description = "The fields a client sets on a network. Members, events and reports have their own endpoints; "
                + "id, version and audit fields belong to the server.")
public record NetworkInput(
        @Schema(
                description = "The coordinating organization, of kind NETWORK_COORDINATOR; only on create, and only "
                        + "needed when the caller administers more than one coordinator. Ignored on update.")
        UUID coordinatorId,

        @NotBlank @Size(max = 200) @Schema(examples = "Kreislaufstädte NRW")
        String name,

        @NotNull NetworkKind kind,

        @Size(max = 4000) @Schema(examples = "Ein Städtekonsortium erarbeitet einen Mustervorgehen.")
        String description,

        @Size(max = 20)
        @Schema(description = "Focus areas: codes of fields of action built in or defined by the coordinator")
        List<@NotBlank @Size(max = 60) String> fieldsOfAction,

        @Schema(examples = "2026-01-01") LocalDate periodFrom,
        @Schema(examples = "2027-12-31") LocalDate periodTo,

        @Size(max = 200) @Schema(examples = "Land NRW, EFRE")
        String funder,

        @Size(max = 200) @Schema(examples = "EFRE/JTF-Programm NRW 2021-2027")
        String fundingLine,

        @DecimalMin(Bounds.ZERO)
        @DecimalMax(Bounds.MONEY_MAX)
        @Digits(integer = Bounds.MONEY_INTEGER, fraction = Bounds.MONEY_FRACTION)
        @Schema(examples = "1250000.00")
        BigDecimal budget,

        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR or DKK")
        @Schema(description = "ISO 4217; required with a budget", examples = "EUR")
        String currency,

        @Size(max = 20) List<@Valid @NotNull Link> links,
        @Schema(description = "Defaults to ACTIVE") NetworkStatus status,

        @Schema(
                description = "PRIVATE (default): only the network's organizations read it; PUBLIC: anyone may read "
                        + "it and ask to join. NETWORK is not used for networks.")
        Visibility visibility,

        @Size(max = 200) @Schema(examples = "difu-konsortium")
        String externalId) {

    @AssertTrue(message = "must not be before periodFrom")
    @Schema(hidden = true)
    boolean isPeriodTo() {
        return periodFrom == null || periodTo == null || !periodTo.isBefore(periodFrom);
    }

    @AssertTrue(message = "is required with a budget")
    @Schema(hidden = true)
    boolean isCurrency() {
        return budget == null || currency != null;
    }

    @AssertTrue(message = "must be PRIVATE or PUBLIC")
    @Schema(hidden = true)
    boolean isVisibility() {
        return visibility != Visibility.NETWORK;
    }
}
