import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { outlineKeys } from './query-keys';

export async function getOutlinedStrategy(api: ApiClient, strategyId: string) {
  const { data } = await unwrap(
    api.GET('/api/v1/strategies/{id}', { params: { path: { id: strategyId } } }),
  );
  return data;
}

export function outlinedStrategyQueryOptions(api: ApiClient, strategyId: string) {
  return queryOptions({
    queryKey: outlineKeys.strategy(strategyId),
    queryFn: () => getOutlinedStrategy(api, strategyId),
  });
}

/** The strategy itself: its title for headings, its owner for permissions. */
export function useOutlinedStrategy(strategyId: string) {
  const api = useApi();
  return useQuery(outlinedStrategyQueryOptions(api, strategyId));
}
