import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { projectKeys } from './query-keys';
import type { StrategyComponent } from './types';

/** The components of a strategy, flat in outline order (getOutline): what a project links to. */
export async function getStrategyComponents(
  api: ApiClient,
  strategyId: string,
): Promise<StrategyComponent[]> {
  const { data } = await unwrap(
    api.GET('/api/v1/strategies/{strategyId}/components', {
      params: { path: { strategyId } },
    }),
  );
  return data.items;
}

export function strategyComponentsQueryOptions(api: ApiClient, strategyId: string) {
  return queryOptions({
    queryKey: projectKeys.strategyComponents(strategyId),
    queryFn: () => getStrategyComponents(api, strategyId),
    staleTime: 60 * 1000,
  });
}

export function useStrategyComponents(strategyId: string, options: { enabled?: boolean } = {}) {
  const api = useApi();
  return useQuery({
    ...strategyComponentsQueryOptions(api, strategyId),
    enabled: strategyId !== '' && (options.enabled ?? true),
  });
}
