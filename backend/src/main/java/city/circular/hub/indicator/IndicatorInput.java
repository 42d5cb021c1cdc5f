package city.circular.hub.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "IndicatorInput",
        description = "The fields a client sets on an indicator. Values are added and removed separately.")
public record IndicatorInput(
        @NotNull
        @Schema(
                description = "The GOAL component of the same strategy that the indicator measures",
                examples = "3d0c7a55-5b6f-4c86-9a5e-1b0f2f5c9e21")
        UUID componentId,

        @NotBlank @Size(max = 200) @Schema(examples = "Siedlungsabfall pro Kopf")
        String name,

        @NotBlank @Size(max = 50) @Schema(examples = "kg/(Einw.·a)")
        String unit,

        @NotNull IndicatorKind kind,
        @NotNull IndicatorDirection direction,

        @Valid @Schema(description = "Value and date progress is measured from")
        MeasuredValue baseline,

        @Valid
        @Size(max = 20)
        @Schema(
                description = "Dated targets, in ascending date order, each date once and after the baseline's; each "
                        + "value beyond the baseline in the indicator's direction")
        List<@NotNull MeasuredValue> targets,

        @Size(max = 500) @Schema(examples = "Abfallbilanz der Stadt Musterstadt")
        String source,

        @Size(max = 200)
        @Schema(description = "Key in the caller's source system, unique within the strategy", examples = "abf-01")
        String externalId) {}
