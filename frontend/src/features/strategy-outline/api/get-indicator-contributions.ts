import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { components } from '@/lib/api/schema.gen';

import { outlineKeys } from './query-keys';

/** The estimated yearly contributions of starter-project measures to one indicator. */
export type IndicatorContributions = components['schemas']['IndicatorContributions'];

export async function getIndicatorContributions(
  api: ApiClient,
  strategyId: string,
): Promise<IndicatorContributions[]> {
  const { data } = await unwrap(
    api.GET('/api/v1/strategies/{strategyId}/indicator-contributions', {
      params: { path: { strategyId } },
    }),
  );
  return data;
}

export function indicatorContributionsQueryOptions(api: ApiClient, strategyId: string) {
  return queryOptions({
    queryKey: outlineKeys.contributions(strategyId),
    queryFn: () => getIndicatorContributions(api, strategyId),
  });
}

/**
 * For each indicator of the strategy that measures contribute to: the yearly total and the
 * measures. Indicators without contributions are absent.
 */
export function useIndicatorContributions(strategyId: string) {
  const api = useApi();
  return useQuery(indicatorContributionsQueryOptions(api, strategyId));
}
