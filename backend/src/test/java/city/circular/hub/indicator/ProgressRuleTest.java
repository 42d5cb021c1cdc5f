package city.circular.hub.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressRuleTest {

    private static final MeasuredValue BASELINE = measured("100", "2020-01-01");
    private static final List<MeasuredValue> DOWN_TARGETS =
            List.of(measured("80", "2025-01-01"), measured("50", "2030-01-01"));
    private static final List<MeasuredValue> UP_TARGETS =
            List.of(measured("150", "2025-01-01"), measured("200", "2030-01-01"));

    private final List<IndicatorValue> values = new ArrayList<>();

    private static MeasuredValue measured(String value, String date) {
        return new MeasuredValue(new BigDecimal(value), LocalDate.parse(date));
    }

    private ProgressRuleTest value(String date, String value, ValueKind kind) {
        IndicatorValue v = new IndicatorValue();
        v.observedOn = LocalDate.parse(date);
        v.value = new BigDecimal(value);
        v.kind = kind;
        v.createdAt = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(values.size());
        values.add(v);
        return this;
    }

    private IndicatorProgress down() {
        return ProgressRule.evaluate(IndicatorDirection.DECREASE, BASELINE, DOWN_TARGETS, values);
    }

    private IndicatorProgress up() {
        return ProgressRule.evaluate(IndicatorDirection.INCREASE, BASELINE, UP_TARGETS, values);
    }

    private static IndicatorProgress expected(
            ProgressStatus status,
            boolean estimate,
            String latest,
            String latestDate,
            String target,
            String targetDate,
            String percent,
            String expectedPercent) {
        return new IndicatorProgress(
                status,
                estimate,
                new BigDecimal(latest),
                LocalDate.parse(latestDate),
                target == null ? null : new BigDecimal(target),
                targetDate == null ? null : LocalDate.parse(targetDate),
                percent == null ? null : new BigDecimal(percent),
                expectedPercent == null ? null : new BigDecimal(expectedPercent));
    }

    @Test
    void hasNoDataWithoutValues() {
        assertEquals(IndicatorProgress.noData(), down());
    }

    @Test
    void hasNoTargetWithoutBaselineOrTargets() {
        value("2022-01-01", "90", ValueKind.ACTUAL);
        IndicatorProgress noTarget =
                expected(ProgressStatus.NO_TARGET, false, "90", "2022-01-01", null, null, null, null);
        assertEquals(noTarget, ProgressRule.evaluate(IndicatorDirection.DECREASE, null, DOWN_TARGETS, values));
        assertEquals(noTarget, ProgressRule.evaluate(IndicatorDirection.DECREASE, BASELINE, List.of(), values));
    }

    @Test
    void isOnTrackWhenAheadOfTheTimeGoneForADecrease() {
        // 12 of 20 down by 2022-01-01, while 731 of 1827 days are gone.
        value("2021-01-01", "95", ValueKind.ACTUAL).value("2022-01-01", "88", ValueKind.ACTUAL);
        assertEquals(
                expected(ProgressStatus.ON_TRACK, false, "88", "2022-01-01", "80", "2025-01-01", "60.0", "40.0"),
                down());
    }

    @Test
    void isOffTrackWhenBehindTheTimeGoneForAnIncrease() {
        // 10 of 50 up by 2023-01-01, while 1096 of 1827 days are gone.
        value("2023-01-01", "110", ValueKind.ACTUAL);
        assertEquals(
                expected(ProgressStatus.OFF_TRACK, false, "110", "2023-01-01", "150", "2025-01-01", "20.0", "60.0"),
                up());
    }

    @Test
    void isAchievedOnceTheTargetIsReachedInTheDesiredDirection() {
        value("2024-01-01", "79.5", ValueKind.ACTUAL);
        assertEquals(
                expected(ProgressStatus.ACHIEVED, false, "79.5", "2024-01-01", "80", "2025-01-01", "102.5", "80.0"),
                down());
        values.clear();
        value("2021-06-30", "150", ValueKind.ACTUAL);
        assertEquals(ProgressStatus.ACHIEVED, up().status());
        assertEquals(new BigDecimal("100.0"), up().percent());
    }

    @Test
    void measuresAgainstTheNextTargetAfterAnEarlierOneHasPassed() {
        // Past 2025 the 2030 target counts: 30 of 50 down, while 2557 of 3653 days are gone.
        value("2027-01-01", "70", ValueKind.ACTUAL);
        assertEquals(
                expected(ProgressStatus.OFF_TRACK, false, "70", "2027-01-01", "50", "2030-01-01", "60.0", "70.0"),
                down());
    }

    @Test
    void isOffTrackAfterTheLastTargetDateWhenItWasMissed() {
        value("2031-06-30", "60", ValueKind.ACTUAL);
        assertEquals(
                expected(ProgressStatus.OFF_TRACK, false, "60", "2031-06-30", "50", "2030-01-01", "80.0", "100.0"),
                down());
        values.clear();
        value("2032-01-01", "201", ValueKind.ACTUAL);
        assertEquals(ProgressStatus.ACHIEVED, up().status());
    }

    @Test
    void prefersTheLatestActualValueOverLaterEstimates() {
        value("2022-01-01", "88", ValueKind.ACTUAL)
                .value("2024-01-01", "70", ValueKind.ESTIMATE)
                .value("2021-01-01", "95", ValueKind.ACTUAL);
        IndicatorProgress progress = down();
        assertEquals(false, progress.basedOnEstimate());
        assertEquals(new BigDecimal("88"), progress.latestValue());
    }

    @Test
    void fallsBackToTheLatestEstimateAndFlagsIt() {
        value("2023-01-01", "85", ValueKind.ESTIMATE).value("2022-01-01", "90", ValueKind.ESTIMATE);
        assertEquals(
                expected(ProgressStatus.ON_TRACK, true, "85", "2023-01-01", "80", "2025-01-01", "75.0", "60.0"),
                down());
    }

    @Test
    void takesTheLaterEntryOfTwoOnTheSameDay() {
        value("2022-01-01", "90", ValueKind.ACTUAL).value("2022-01-01", "92", ValueKind.ACTUAL);
        assertEquals(new BigDecimal("92"), down().latestValue());
    }

    @Test
    void countsNoTimeAsGoneForValuesBeforeTheBaseline() {
        value("2019-06-30", "101", ValueKind.ACTUAL);
        assertEquals(
                expected(ProgressStatus.OFF_TRACK, false, "101", "2019-06-30", "80", "2025-01-01", "-5.0", "0.0"),
                down());
    }
}
