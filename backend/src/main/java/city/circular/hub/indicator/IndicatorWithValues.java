package city.circular.hub.indicator;

import java.util.List;

/** An indicator and its values, oldest first: what reads and writes of an indicator answer with. */
record IndicatorWithValues(Indicator indicator, List<IndicatorValue> values) {}
