export const outlineKeys = {
  all: ['strategy-outline'] as const,
  outline: (strategyId: string) => [...outlineKeys.all, 'outline', strategyId] as const,
  sdgs: () => [...outlineKeys.all, 'sdgs'] as const,
  indicators: (strategyId: string) => [...outlineKeys.all, 'indicators', strategyId] as const,
  indicator: (strategyId: string, indicatorId: string) =>
    [...outlineKeys.indicators(strategyId), indicatorId] as const,
  /** What starter projects are estimated to contribute to the strategy's indicators. */
  contributions: (strategyId: string) => [...outlineKeys.all, 'contributions', strategyId] as const,
};
