package city.circular.hub.workshop;

import city.circular.hub.fieldofaction.FieldOfActionCodes;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WorkshopOutcomeConversionInput",
        description = "What to turn an outcome into: ideas and project proposals become STARTER_PROJECTs of the "
                + "workshop's organization, goal proposals become GOALs at the end of the top level of the workshop's "
                + "strategy. The outcome's text becomes the project's summary or the goal's description.")
public record OutcomeConversionInput(
        @NotNull @Schema(description = "STARTER_PROJECT or GOAL")
        ConversionKind target,

        @Size(max = 200)
        @Schema(
                description = "The project's or goal's title; defaults to the outcome's text, shortened to 200 "
                        + "characters",
                examples = "Bauteilbörse Musterstadt")
        String title,

        @Size(max = 20) @Schema(description = FieldOfActionCodes.LIST_DESCRIPTION + "; ignored for GOAL")
        List<@NotNull @Pattern(regexp = FieldOfActionCodes.PATTERN, message = FieldOfActionCodes.MESSAGE) String>
                fieldsOfAction) {}
