package city.circular.hub.indicator;

import static java.util.Comparator.comparing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** How far an indicator has come; the rule is spelled out on {@link IndicatorProgress}. */
final class ProgressRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Comparator<IndicatorValue> BY_TIME =
            comparing((IndicatorValue v) -> v.observedOn).thenComparing(v -> v.createdAt);

    private ProgressRule() {}

    static IndicatorProgress evaluate(
            IndicatorDirection direction,
            MeasuredValue baseline,
            List<MeasuredValue> targets,
            List<IndicatorValue> values) {
        Optional<IndicatorValue> latestActual =
                values.stream().filter(v -> v.kind == ValueKind.ACTUAL).max(BY_TIME);
        Optional<IndicatorValue> found = latestActual.or(() -> values.stream().max(BY_TIME));
        if (found.isEmpty()) {
            return IndicatorProgress.noData();
        }
        IndicatorValue latest = found.get();
        boolean estimate = latestActual.isEmpty();
        if (baseline == null || targets.isEmpty()) {
            return new IndicatorProgress(
                    ProgressStatus.NO_TARGET, estimate, latest.value, latest.observedOn, null, null, null, null);
        }
        MeasuredValue target = targets.stream()
                .filter(t -> !t.date().isBefore(latest.observedOn))
                .min(comparing(MeasuredValue::date))
                .orElseGet(() ->
                        targets.stream().max(comparing(MeasuredValue::date)).orElseThrow());

        int towardsTarget = latest.value.compareTo(target.value());
        boolean achieved = direction == IndicatorDirection.INCREASE ? towardsTarget >= 0 : towardsTarget <= 0;
        BigDecimal span = target.value().subtract(baseline.value());
        // Inputs keep targets off the baseline; a zero span can only come from data written around that check.
        BigDecimal percent = span.signum() == 0
                ? (achieved ? HUNDRED : BigDecimal.ZERO).setScale(1)
                : latest.value.subtract(baseline.value()).multiply(HUNDRED).divide(span, 1, RoundingMode.HALF_UP);
        BigDecimal expected = elapsedPercent(baseline.date(), target.date(), latest.observedOn);
        ProgressStatus status = achieved
                ? ProgressStatus.ACHIEVED
                : percent.compareTo(expected) >= 0 ? ProgressStatus.ON_TRACK : ProgressStatus.OFF_TRACK;
        return new IndicatorProgress(
                status, estimate, latest.value, latest.observedOn, target.value(), target.date(), percent, expected);
    }

    /** The share of the time from one date to another that has passed at a third, 0 to 100. */
    private static BigDecimal elapsedPercent(LocalDate from, LocalDate to, LocalDate at) {
        long total = ChronoUnit.DAYS.between(from, to);
        if (total <= 0) {
            return HUNDRED.setScale(1);
        }
        long elapsed = Math.clamp(ChronoUnit.DAYS.between(from, at), 0, total);
        return BigDecimal.valueOf(elapsed).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }
}
