package city.circular.hub.strategy;

/**
 * Fired, synchronously and inside the transaction, when a strategy is adopted: its state after the adoption and who
 * adopted it. Observers (strategy versions) write in the same transaction, so the adoption and what it records
 * commit or fail together.
 */
public record StrategyAdopted(StrategyView strategy, String adoptedBy) {}
