package city.circular.hub.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class IndicatorValueRepository implements PanacheRepositoryBase<IndicatorValue, UUID> {

    private static final String SERIES_ORDER = " order by v.observedOn, v.createdAt, v.id";

    /**
     * The values of a strategy's indicators (of one component, if given), in one statement whatever their number,
     * oldest first.
     */
    List<IndicatorValue> listByStrategy(UUID strategyId, UUID componentId) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("strategyId", strategyId);
        String indicators = "select i.id from Indicator i where i.strategyId = :strategyId";
        if (componentId != null) {
            indicators += " and i.componentId = :componentId";
            parameters.put("componentId", componentId);
        }
        return find("from IndicatorValue v where v.indicatorId in (" + indicators + ")" + SERIES_ORDER, parameters)
                .list();
    }

    List<IndicatorValue> listByIndicator(UUID indicatorId) {
        return find("from IndicatorValue v where v.indicatorId = ?1" + SERIES_ORDER, indicatorId)
                .list();
    }
}
