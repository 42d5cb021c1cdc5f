package city.circular.hub.indicator;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.Dirty;
import city.circular.hub.common.FieldError;
import city.circular.hub.common.ProblemType;
import city.circular.hub.common.Strings;
import city.circular.hub.common.Versions;
import city.circular.hub.component.ComponentService;
import city.circular.hub.component.ComponentType;
import city.circular.hub.organization.AccessPolicy;
import city.circular.hub.strategy.Strategy;
import city.circular.hub.strategy.StrategyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Indicator use cases. Tenancy is the strategy's: it is loaded through {@link StrategyService} (and so the access
 * policy) first, and only its own indicators are looked at after that.
 */
@ApplicationScoped
public class IndicatorService {

    private static final String WHAT = "Indicator";
    private static final String VALUE = "Indicator value";

    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final ComponentService components;
    private final StrategyService strategies;
    private final AccessPolicy access;

    public IndicatorService(
            IndicatorRepository indicators,
            IndicatorValueRepository values,
            ComponentService components,
            StrategyService strategies,
            AccessPolicy access) {
        this.indicators = indicators;
        this.values = values;
        this.components = components;
        this.strategies = strategies;
        this.access = access;
    }

    /** Every indicator of the strategy (or of one of its components) with its values, in two statements. */
    List<IndicatorWithValues> list(UUID strategyId, UUID componentId) {
        Strategy strategy = strategies.get(strategyId);
        List<Indicator> found = indicators.listByStrategy(strategy.id, componentId);
        Map<UUID, List<IndicatorValue>> valuesByIndicator = values.listByStrategy(strategy.id, componentId).stream()
                .collect(Collectors.groupingBy(v -> v.indicatorId));
        return found.stream()
                .map(i -> new IndicatorWithValues(i, valuesByIndicator.getOrDefault(i.id, List.of())))
                .toList();
    }

    /**
     * The indicators of the given strategies with values and progress, in two statements; for overviews. The caller
     * must have been allowed to read these strategies.
     */
    /**
     * Values added to the organization's indicators after {@code from} (if given) up to {@code to}, in the order
     * they were added. For a member of the organization only, such as a network status report it drafts.
     */
    /** The ids of a strategy's indicators, for checking what another feature's record links to. */
    public Set<UUID> idsOf(UUID strategyId) {
        return Set.copyOf(indicators
                .getEntityManager()
                .createQuery("select i.id from Indicator i where i.strategyId = :s", UUID.class)
                .setParameter("s", strategyId)
                .getResultList());
    }

    public List<ReportedValue> valuesAddedBy(UUID organizationId, Instant from, Instant to) {
        List<UUID> strategyIds = strategies.idsOf(organizationId);
        return values.addedTo(strategyIds, from == null ? Instant.EPOCH : from, to);
    }

    public List<IndicatorView> ofStrategies(Collection<UUID> strategyIds) {
        if (strategyIds.isEmpty()) {
            return List.of();
        }
        List<Indicator> found = indicators.list("strategyId in ?1 order by createdAt, id", strategyIds);
        Map<UUID, List<IndicatorValue>> valuesByIndicator = values
                .list(
                        "indicatorId in (select i.id from Indicator i where i.strategyId in ?1)"
                                + " order by observedOn, createdAt, id",
                        strategyIds)
                .stream()
                .collect(Collectors.groupingBy(v -> v.indicatorId));
        return found.stream()
                .map(i -> IndicatorMapper.toView(
                        new IndicatorWithValues(i, valuesByIndicator.getOrDefault(i.id, List.of()))))
                .toList();
    }

    IndicatorWithValues get(UUID strategyId, UUID id) {
        Strategy strategy = strategies.get(strategyId);
        return withValues(existing(strategy, id, LockModeType.NONE));
    }

    @Transactional
    IndicatorWithValues create(UUID strategyId, IndicatorInput input) {
        Strategy strategy = strategies.getWritable(strategyId);
        check(strategy, input, null);
        Indicator indicator = new Indicator();
        indicator.created(access.caller().username());
        indicator.strategyId = strategy.id;
        IndicatorMapper.apply(input, indicator);
        indicators.persistAndFlush(indicator);
        return new IndicatorWithValues(indicator, List.of());
    }

    @Transactional
    IndicatorWithValues update(UUID strategyId, UUID id, String ifMatch, IndicatorInput input) {
        Strategy strategy = strategies.getWritable(strategyId);
        Indicator indicator = existing(strategy, id, LockModeType.NONE);
        Versions.requireMatch(ifMatch, indicator.version);
        // Checked before the entity changes: the queries would otherwise flush the half-applied update.
        check(strategy, input, indicator.id);
        IndicatorMapper.apply(input, indicator);
        Dirty.touchIfChanged(
                indicators.getEntityManager(), indicator, access.caller().username());
        indicators.flush();
        return withValues(indicator);
    }

    /** Deletes the indicator; its values go with it by the database's cascade. */
    @Transactional
    void delete(UUID strategyId, UUID id, String ifMatch) {
        Strategy strategy = strategies.getWritable(strategyId);
        Indicator indicator = existing(strategy, id, LockModeType.NONE);
        Versions.requireMatch(ifMatch, indicator.version);
        indicators.delete(indicator);
        indicators.flush();
    }

    /**
     * Adds a value, which makes a new version of the indicator. No If-Match: values are appended (sync scripts push
     * them), and the lock makes concurrent additions wait for each other instead of failing.
     */
    @Transactional
    ValueAdded addValue(UUID strategyId, UUID id, IndicatorValueInput input) {
        Indicator indicator = lockedWritable(strategyId, id);
        IndicatorValue value = added(indicator, input);
        return new ValueAdded(withValues(indicator), value.id);
    }

    record ValueAdded(IndicatorWithValues indicator, UUID valueId) {}

    /** Adds a value as {@link #addValue} does, answering with the value alone (an upsert's answer). */
    @Transactional
    IndicatorValue createValue(UUID strategyId, UUID id, IndicatorValueInput input) {
        return added(lockedWritable(strategyId, id), input);
    }

    /**
     * Corrects a value, if it still has the version named ({@code *}: any). A correction makes a new version of the
     * value and of its indicator; sending what is stored changes neither, and records no change.
     */
    @Transactional
    IndicatorValue replaceValue(UUID strategyId, UUID id, UUID valueId, String ifMatch, IndicatorValueInput input) {
        Indicator indicator = lockedWritable(strategyId, id);
        IndicatorValue value =
                values.findOfIndicator(indicator.id, valueId).orElseThrow(() -> ApiException.notFound(VALUE));
        Versions.requireMatch(ifMatch, value.version);
        checkValue(indicator, input, value.id);
        IndicatorMapper.apply(input, value);
        if (Dirty.isDirty(values.getEntityManager(), value)) {
            String by = access.caller().username();
            value.touched(by);
            indicator.touched(by);
        }
        indicators.flush();
        return value;
    }

    IndicatorValue getValue(UUID strategyId, UUID id, UUID valueId) {
        Indicator indicator = existing(strategies.get(strategyId), id, LockModeType.NONE);
        return values.findOfIndicator(indicator.id, valueId).orElseThrow(() -> ApiException.notFound(VALUE));
    }

    /** The organization owning the indicator, for a caller who may change it: 404 or 403 otherwise. */
    UUID writableOwner(UUID strategyId, UUID id) {
        Strategy strategy = strategies.getWritable(strategyId);
        existing(strategy, id, LockModeType.NONE);
        return strategy.organizationId;
    }

    @Transactional
    IndicatorWithValues deleteValue(UUID strategyId, UUID id, UUID valueId, String ifMatch) {
        Strategy strategy = strategies.getWritable(strategyId);
        Indicator indicator = existing(strategy, id, LockModeType.PESSIMISTIC_WRITE);
        IndicatorValue value =
                values.findOfIndicator(indicator.id, valueId).orElseThrow(() -> ApiException.notFound(VALUE));
        Versions.requireMatch(ifMatch, indicator.version);
        values.delete(value);
        indicator.touched(access.caller().username());
        indicators.flush();
        return withValues(indicator);
    }

    /** The indicator, locked: concurrent writes of its values wait for each other instead of failing. */
    private Indicator lockedWritable(UUID strategyId, UUID id) {
        return existing(strategies.getWritable(strategyId), id, LockModeType.PESSIMISTIC_WRITE);
    }

    private IndicatorValue added(Indicator indicator, IndicatorValueInput input) {
        checkValue(indicator, input, null);
        String by = access.caller().username();
        IndicatorValue value = IndicatorMapper.toValue(input, indicator.id, by);
        values.persist(value);
        indicator.touched(by);
        indicators.flush();
        return value;
    }

    /** An external id names one value of the indicator (409 otherwise). */
    private void checkValue(Indicator indicator, IndicatorValueInput input, UUID self) {
        String externalId = Strings.blankToNull(input.externalId());
        if (values.externalIdTaken(indicator.id, externalId, self)) {
            throw new ApiException(
                    ProblemType.CONFLICT,
                    "Another value of this indicator has the external id " + externalId + ".",
                    List.of(new FieldError("externalId", "is already used by another value")));
        }
    }

    private Indicator existing(Strategy strategy, UUID id, LockModeType lock) {
        return indicators.findInStrategy(strategy.id, id, lock).orElseThrow(() -> ApiException.notFound(WHAT));
    }

    private IndicatorWithValues withValues(Indicator indicator) {
        return new IndicatorWithValues(indicator, values.listByIndicator(indicator.id));
    }

    /** Field errors (400), then the measured component (422), then the external id (409). */
    private void check(Strategy strategy, IndicatorInput input, UUID self) {
        List<FieldError> errors = targetErrors(input);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        ComponentType measured = components
                .typeOf(strategy.id, input.componentId())
                .orElseThrow(() -> ApiException.rule(
                        "An indicator measures a goal of its own strategy.",
                        "componentId",
                        "is not a component of this strategy"));
        if (measured != ComponentType.GOAL) {
            throw ApiException.rule(
                    "Only GOAL components have indicators; this one is a " + measured + ".",
                    "componentId",
                    "is not a GOAL component");
        }
        String externalId = Strings.blankToNull(input.externalId());
        if (indicators.externalIdTaken(strategy.id, externalId, self)) {
            throw new ApiException(
                    ProblemType.CONFLICT,
                    "Another indicator of this strategy has the external id " + externalId + ".",
                    List.of(new FieldError("externalId", "is already used by another indicator")));
        }
    }

    /** Targets follow each other in time, after the baseline, and lie beyond it in the indicator's direction. */
    private static List<FieldError> targetErrors(IndicatorInput input) {
        List<FieldError> errors = new ArrayList<>();
        List<MeasuredValue> targets = input.targets() == null ? List.of() : input.targets();
        MeasuredValue baseline = input.baseline();
        for (int i = 0; i < targets.size(); i++) {
            MeasuredValue target = targets.get(i);
            String field = "targets[" + i + "]";
            if (i > 0 && !target.date().isAfter(targets.get(i - 1).date())) {
                errors.add(new FieldError(field + ".date", "must be after the previous target's date"));
            } else if (baseline != null && !target.date().isAfter(baseline.date())) {
                errors.add(new FieldError(field + ".date", "must be after the baseline date"));
            }
            if (baseline != null) {
                int side = target.value().compareTo(baseline.value());
                if (input.direction() == IndicatorDirection.INCREASE && side <= 0) {
                    errors.add(
                            new FieldError(field + ".value", "must be above the baseline for an INCREASE indicator"));
                } else if (input.direction() == IndicatorDirection.DECREASE && side >= 0) {
                    errors.add(new FieldError(field + ".value", "must be below the baseline for a DECREASE indicator"));
                }
            }
        }
        return errors;
    }
}
