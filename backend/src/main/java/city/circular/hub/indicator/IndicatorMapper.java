package city.circular.hub.indicator;

import static city.circular.hub.common.Strings.blankToNull;

import city.circular.hub.common.Dirty;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

final class IndicatorMapper {

    private IndicatorMapper() {}

    static IndicatorView toView(IndicatorWithValues state) {
        Indicator i = state.indicator();
        return new IndicatorView(
                i.id,
                i.strategyId,
                i.componentId,
                i.name,
                i.unit,
                i.kind,
                i.direction,
                i.baseline(),
                List.copyOf(i.targets),
                i.source,
                i.externalId,
                state.values().stream().map(IndicatorMapper::toView).toList(),
                ProgressRule.evaluate(i.direction, i.baseline(), i.targets, state.values()),
                i.version,
                i.createdAt,
                i.createdBy,
                i.updatedAt,
                i.updatedBy);
    }

    static IndicatorValueView toView(IndicatorValue v) {
        return new IndicatorValueView(
                v.id,
                v.observedOn,
                v.value,
                v.kind,
                v.source,
                v.comment,
                v.externalId,
                v.version,
                v.createdAt,
                v.createdBy,
                v.updatedAt,
                v.updatedBy);
    }

    /** A full update of the client-owned fields. */
    static void apply(IndicatorInput input, Indicator i) {
        i.componentId = input.componentId();
        i.name = input.name().strip();
        i.unit = input.unit().strip();
        i.kind = input.kind();
        i.direction = input.direction();
        i.baselineValue = Dirty.sameAmount(
                i.baselineValue,
                input.baseline() == null ? null : input.baseline().value());
        i.baselineDate = input.baseline() == null ? null : input.baseline().date();
        i.targets = new ArrayList<>(input.targets() == null ? List.of() : input.targets());
        i.source = blankToNull(input.source());
        i.externalId = blankToNull(input.externalId());
    }

    static IndicatorValue toValue(IndicatorValueInput input, UUID indicatorId, String by) {
        IndicatorValue v = new IndicatorValue();
        v.created(by);
        v.indicatorId = indicatorId;
        apply(input, v);
        return v;
    }

    /** A full update of a value's client-owned fields. */
    static void apply(IndicatorValueInput input, IndicatorValue v) {
        v.observedOn = input.observedOn();
        v.value = Dirty.sameAmount(v.value, input.value());
        v.kind = input.kind() == null ? ValueKind.ACTUAL : input.kind();
        v.source = blankToNull(input.source());
        v.comment = blankToNull(input.comment());
        v.externalId = blankToNull(input.externalId());
    }
}
