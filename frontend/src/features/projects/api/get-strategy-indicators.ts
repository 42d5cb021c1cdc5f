import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { projectKeys } from './query-keys';
import type { Indicator } from './types';

/** The indicators of a strategy (listIndicators): what a measure's contributions go to. */
export async function getStrategyIndicators(
  api: ApiClient,
  strategyId: string,
): Promise<Indicator[]> {
  const { data } = await unwrap(
    api.GET('/api/v1/strategies/{strategyId}/indicators', {
      params: { path: { strategyId } },
    }),
  );
  return data;
}

export function strategyIndicatorsQueryOptions(api: ApiClient, strategyId: string) {
  return queryOptions({
    queryKey: projectKeys.strategyIndicators(strategyId),
    queryFn: () => getStrategyIndicators(api, strategyId),
    staleTime: 60 * 1000,
  });
}

export function useStrategyIndicators(strategyId: string, options: { enabled?: boolean } = {}) {
  const api = useApi();
  return useQuery({
    ...strategyIndicatorsQueryOptions(api, strategyId),
    enabled: strategyId !== '' && (options.enabled ?? true),
  });
}
