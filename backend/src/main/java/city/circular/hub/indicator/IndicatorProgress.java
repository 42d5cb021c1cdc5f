package city.circular.hub.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "IndicatorProgress",
        description = "Progress computed by the API. The latest value is the latest ACTUAL value by date (without "
                + "any, the latest ESTIMATE, and basedOnEstimate is true). The target is the first target dated on or "
                + "after the latest value's date, else the last target. percent = (latest − baseline) / (target − "
                + "baseline) × 100, rounded to one decimal, which holds for both directions. expectedPercent is the "
                + "share of the time from the baseline date to the target date that has passed at the latest "
                + "value's date (0 to 100). status: NO_DATA without values; NO_TARGET without baseline or targets; "
                + "ACHIEVED when the latest value reached the target in the indicator's direction; ON_TRACK when "
                + "percent ≥ expectedPercent; OFF_TRACK otherwise. Values that do not apply are absent.",
        requiredProperties = {"status", "basedOnEstimate"})
public record IndicatorProgress(
        ProgressStatus status,

        @Schema(description = "Whether the latest value is an estimate, as there is no actual value")
        boolean basedOnEstimate,

        @Schema(description = "Absent without values", examples = "405")
        BigDecimal latestValue,

        @Schema(examples = "2025-12-31") LocalDate latestDate,

        @Schema(description = "Absent without baseline or targets", examples = "400")
        BigDecimal targetValue,

        @Schema(examples = "2027-12-31") LocalDate targetDate,

        @Schema(description = "How much of the way from baseline to target is done", examples = "90.4")
        BigDecimal percent,

        @Schema(description = "How much should be done by the latest value's date", examples = "71.4")
        BigDecimal expectedPercent) {

    static IndicatorProgress noData() {
        return new IndicatorProgress(ProgressStatus.NO_DATA, false, null, null, null, null, null, null);
    }
}
