import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { outlineKeys } from './query-keys';

export async function getIndicators(api: ApiClient, strategyId: string) {
  const { data } = await unwrap(
    api.GET('/api/v1/strategies/{strategyId}/indicators', { params: { path: { strategyId } } }),
  );
  return data;
}

export function indicatorsQueryOptions(api: ApiClient, strategyId: string) {
  return queryOptions({
    queryKey: outlineKeys.indicators(strategyId),
    queryFn: () => getIndicators(api, strategyId),
  });
}

/** Every indicator of the strategy with its values and computed progress. */
export function useIndicators(strategyId: string) {
  const api = useApi();
  return useQuery(indicatorsQueryOptions(api, strategyId));
}
