import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { analysisKeys, type AnalysisFilters } from './query-keys';

export const ANALYSES_PAGE_SIZE = 20;

export async function getAnalyses(
  api: ApiClient,
  filters: AnalysisFilters,
  cursor: string | undefined,
) {
  const { data } = await unwrap(
    api.GET('/api/v1/stakeholder-analyses', {
      params: { query: { limit: ANALYSES_PAGE_SIZE, cursor, strategyId: filters.strategyId } },
    }),
  );
  return data;
}

export function analysesQueryOptions(api: ApiClient, filters: AnalysisFilters) {
  return infiniteQueryOptions({
    queryKey: analysisKeys.list(filters),
    queryFn: ({ pageParam }) => getAnalyses(api, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next ?? undefined,
  });
}

/** A strategy's analyses, newest change first, one cursor page after the other. */
export function useAnalyses(filters: AnalysisFilters) {
  const api = useApi();
  return useInfiniteQuery(analysesQueryOptions(api, filters));
}
