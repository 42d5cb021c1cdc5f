import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { analysisKeys } from './query-keys';

export async function getAnalysedStrategy(api: ApiClient, strategyId: string) {
  const { data } = await unwrap(
    api.GET('/api/v1/strategies/{id}', { params: { path: { id: strategyId } } }),
  );
  return data;
}

export function analysedStrategyQueryOptions(api: ApiClient, strategyId: string) {
  return queryOptions({
    queryKey: analysisKeys.strategy(strategyId),
    queryFn: () => getAnalysedStrategy(api, strategyId),
  });
}

/** The strategy an analysis belongs to: its title for headings, its owner for permissions. */
export function useAnalysedStrategy(strategyId: string | undefined) {
  const api = useApi();
  return useQuery({
    ...analysedStrategyQueryOptions(api, strategyId ?? ''),
    enabled: Boolean(strategyId),
  });
}
