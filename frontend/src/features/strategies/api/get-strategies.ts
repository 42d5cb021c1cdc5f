import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { strategyKeys, type StrategyFilters } from './query-keys';

export const STRATEGIES_PAGE_SIZE = 20;

export async function getStrategies(
  api: ApiClient,
  filters: StrategyFilters,
  cursor: string | undefined,
) {
  const { data } = await unwrap(
    api.GET('/api/v1/strategies', {
      params: {
        query: {
          limit: STRATEGIES_PAGE_SIZE,
          cursor,
          status: filters.status,
          organizationId: filters.organizationId,
          q: filters.q,
        },
      },
    }),
  );
  return data;
}

export function strategiesQueryOptions(api: ApiClient, filters: StrategyFilters) {
  return infiniteQueryOptions({
    queryKey: strategyKeys.list(filters),
    queryFn: ({ pageParam }) => getStrategies(api, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next ?? undefined,
  });
}

/** Strategies matching the filters, one cursor page after the other ("load more"). */
export function useStrategies(filters: StrategyFilters) {
  const api = useApi();
  return useInfiniteQuery(strategiesQueryOptions(api, filters));
}
