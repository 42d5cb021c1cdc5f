import type { Indicator } from '@/lib/api/types';

import type { IndicatorContributions } from '../api/get-indicator-contributions';

/** The contributions to one indicator, if any measure contributes to it. */
export function contributionsTo(
  all: readonly IndicatorContributions[] | undefined,
  indicatorId: string,
): IndicatorContributions | undefined {
  return all?.find((contributions) => contributions.indicatorId === indicatorId);
}

export interface Projection {
  /** The date of the latest value, where the projection starts. */
  date: string;
  latest: number;
  /** The latest value plus one year of the estimated contributions. */
  value: number;
}

/** The latest value plus one year of the contributions; none without a value to start from. */
export function projectionOf(
  indicator: Indicator,
  contributions: IndicatorContributions | undefined,
): Projection | undefined {
  const { latestValue, latestDate } = indicator.progress;
  if (!contributions || latestValue === undefined || latestDate === undefined) {
    return undefined;
  }
  // Decimal sums in binary floating point: round away the noise (0.1 + 0.2).
  const value = Math.round((latestValue + contributions.total) * 1e6) / 1e6;
  return { date: latestDate, latest: latestValue, value };
}
