package city.circular.hub.version;

import city.circular.hub.common.ApiException;
import city.circular.hub.component.ComponentService;
import city.circular.hub.indicator.IndicatorService;
import city.circular.hub.strategy.StrategyAdopted;
import city.circular.hub.strategy.StrategyService;
import city.circular.hub.strategy.StrategyView;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Strategy versions: on every adoption a snapshot of the outline is frozen in the adoption's transaction (the event
 * is fired synchronously inside it); reading them takes the right to read the strategy.
 */
@ApplicationScoped
public class StrategyVersionService {

    private final StrategyVersionRepository versions;
    private final StrategyService strategies;
    private final ComponentService components;
    private final IndicatorService indicators;
    private final ObjectMapper writer;
    /** Reads snapshots written by older releases, whose views may have had fields that are gone now. */
    private final ObjectMapper reader;

    public StrategyVersionService(
            StrategyVersionRepository versions,
            StrategyService strategies,
            ComponentService components,
            IndicatorService indicators,
            ObjectMapper mapper) {
        this.versions = versions;
        this.strategies = strategies;
        this.components = components;
        this.indicators = indicators;
        this.writer = mapper;
        this.reader = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    void freeze(@Observes StrategyAdopted adoption) {
        StrategyView strategy = adoption.strategy();
        StrategySnapshot snapshot = new StrategySnapshot(
                strategy,
                components.outlineViewOfChecked(strategy.id()).items(),
                indicators.ofStrategies(List.of(strategy.id())));
        StrategyVersion version = new StrategyVersion();
        version.id = UUID.randomUUID();
        version.strategyId = strategy.id();
        version.organizationId = strategy.organizationId();
        version.number = versions.lastNumber(strategy.id()) + 1;
        version.adoptedAt = Instant.now();
        version.adoptedBy = adoption.adoptedBy();
        version.decisionBody = strategy.adoption().decisionBody();
        version.decidedOn = strategy.adoption().decidedOn();
        version.decisionReference = strategy.adoption().reference();
        try {
            version.outline = writer.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The outline of strategy " + strategy.id() + " cannot be written", e);
        }
        versions.persistAndFlush(version);
    }

    public StrategyVersionList list(UUID strategyId) {
        strategies.get(strategyId); // 404 unless the caller may read it
        return new StrategyVersionList(versions.ofStrategy(strategyId).stream()
                .map(StrategyVersionSummary::of)
                .toList());
    }

    public StrategyVersionView get(UUID strategyId, int number) {
        strategies.get(strategyId);
        StrategyVersion version =
                versions.of(strategyId, number).orElseThrow(() -> ApiException.notFound("Strategy version"));
        try {
            return new StrategyVersionView(
                    StrategyVersionSummary.of(version), reader.readValue(version.outline, StrategySnapshot.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Version " + number + " of strategy " + strategyId + " is unreadable", e);
        }
    }
}
