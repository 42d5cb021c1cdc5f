import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { Strategy } from '@/lib/api/types';

import { projectKeys } from './query-keys';

const PAGE_SIZE = 100;

/**
 * Every strategy of one organisation (listStrategies): a project serves one of its own. Without an
 * organisation, every strategy the caller may read.
 */
export async function getStrategyOptions(
  api: ApiClient,
  organizationId: string | undefined,
): Promise<Strategy[]> {
  const strategies: Strategy[] = [];
  let cursor: string | undefined;
  do {
    const { data } = await unwrap(
      api.GET('/api/v1/strategies', {
        params: { query: { organizationId, limit: PAGE_SIZE, cursor } },
      }),
    );
    strategies.push(...data.items);
    cursor = data.next ?? undefined;
  } while (cursor);
  return strategies;
}

export function strategyOptionsQueryOptions(api: ApiClient, organizationId: string) {
  return queryOptions({
    queryKey: projectKeys.strategyOptions(organizationId),
    queryFn: () => getStrategyOptions(api, organizationId),
    staleTime: 60 * 1000,
  });
}

export function useStrategyOptions(organizationId: string) {
  const api = useApi();
  return useQuery({
    ...strategyOptionsQueryOptions(api, organizationId),
    enabled: organizationId !== '',
  });
}

/** Every strategy the caller may read, for the list's strategy filter. */
export function useStrategyFilterOptions() {
  const api = useApi();
  return useQuery({
    queryKey: projectKeys.strategyFilterOptions(),
    queryFn: () => getStrategyOptions(api, undefined),
    staleTime: 60 * 1000,
  });
}
