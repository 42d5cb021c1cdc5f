package city.circular.hub.project;

import city.circular.hub.common.Bounds;
import city.circular.hub.common.Visibility;
import city.circular.hub.fieldofaction.FieldOfActionCodes;
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
        name = "StarterProjectInput",
        description = "The fields a client sets on a starter project. Status changes go through the status endpoint.")
public record ProjectInput(
        @Schema(description = "Owning organization; only on create, when the caller edits for several")
        UUID organizationId,

        @Schema(description = "The strategy the project serves")
        UUID strategyId,

        @NotBlank @Size(max = 200) @Schema(examples = "Zirkuläres Bauen: Materialbörse")
        String title,

        @Size(max = 4000) String summary,

        @Size(max = 20) @Schema(description = FieldOfActionCodes.LIST_DESCRIPTION)
        List<@NotNull @Pattern(regexp = FieldOfActionCodes.PATTERN, message = FieldOfActionCodes.MESSAGE) String>
                fieldsOfAction,

        @Size(max = 50) @Schema(description = "Linked components of the strategy")
        List<@NotNull UUID> componentIds,

        LocalDate startDate,
        LocalDate plannedCompletion,
        LocalDate actualCompletion,

        @DecimalMin(Bounds.ZERO)
        @DecimalMax(Bounds.MONEY_MAX)
        @Digits(integer = Bounds.MONEY_INTEGER, fraction = Bounds.MONEY_FRACTION)
        @Schema(examples = "250000")
        BigDecimal budgetPlanned,

        @DecimalMin(Bounds.ZERO)
        @DecimalMax(Bounds.MONEY_MAX)
        @Digits(integer = Bounds.MONEY_INTEGER, fraction = Bounds.MONEY_FRACTION)
        @Schema(examples = "120000")
        BigDecimal budgetActual,

        @Size(max = 200) @Schema(examples = "EFRE/ERDF") String fundingSource,
        @Size(max = 100) List<@Valid @NotNull PartyInput> parties,
        @Schema(description = "Defaults to PRIVATE") Visibility visibility,
        @Size(max = 200) String externalId) {

    @Schema(name = "ProjectPartyInput")
    public record PartyInput(
            @NotNull UUID stakeholderId, @NotNull Raci role) {}

    @AssertTrue(message = "must not be before startDate")
    @Schema(hidden = true)
    boolean isPlannedCompletion() {
        return startDate == null || plannedCompletion == null || !plannedCompletion.isBefore(startDate);
    }
}
