package city.circular.hub.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    List<ReportedValue> addedTo(Collection<UUID> strategyIds, Instant after, Instant to) {
        if (strategyIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(
                        "select i.id, i.name, i.unit, v.observedOn, v.value, v.kind, v.createdAt"
                                + " from IndicatorValue v, Indicator i where v.indicatorId = i.id"
                                + " and i.strategyId in :strategies and v.createdAt > :after and v.createdAt <= :to"
                                + " order by v.createdAt, v.id",
                        Object[].class)
                .setParameter("strategies", strategyIds)
                .setParameter("after", after)
                .setParameter("to", to)
                .getResultStream()
                .map(row -> new ReportedValue(
                        (UUID) row[0],
                        (String) row[1],
                        (String) row[2],
                        (LocalDate) row[3],
                        (BigDecimal) row[4],
                        (ValueKind) row[5],
                        (Instant) row[6]))
                .toList();
    }

    List<IndicatorValue> listByIndicator(UUID indicatorId) {
        return find("from IndicatorValue v where v.indicatorId = ?1" + SERIES_ORDER, indicatorId)
                .list();
    }

    Optional<IndicatorValue> findOfIndicator(UUID indicatorId, UUID id) {
        return find("id = ?1 and indicatorId = ?2", id, indicatorId).firstResultOptional();
    }

    Optional<UUID> idByExternalId(UUID indicatorId, String externalId) {
        return find("indicatorId = ?1 and externalId = ?2", indicatorId, externalId)
                .firstResultOptional()
                .map(v -> v.id);
    }

    boolean externalIdTaken(UUID indicatorId, String externalId, UUID except) {
        return externalId != null
                && count(
                                "indicatorId = ?1 and externalId = ?2 and id <> ?3",
                                indicatorId,
                                externalId,
                                except == null ? new UUID(0, 0) : except)
                        > 0;
    }
}
