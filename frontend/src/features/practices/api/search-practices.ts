import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { practiceKeys, type PracticeFilters } from './query-keys';

export const PRACTICES_PAGE_SIZE = 20;

export async function searchPractices(
  api: ApiClient,
  filters: PracticeFilters,
  cursor: string | undefined,
) {
  const { data } = await unwrap(
    api.GET('/api/v1/practices', {
      params: { query: { limit: PRACTICES_PAGE_SIZE, cursor, ...filters } },
    }),
  );
  return data;
}

export function practicesQueryOptions(api: ApiClient, filters: PracticeFilters) {
  return infiniteQueryOptions({
    queryKey: practiceKeys.list(filters),
    queryFn: ({ pageParam }) => searchPractices(api, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next ?? undefined,
    // The facets and hits stay on screen while a changed filter loads, instead of flashing away.
    placeholderData: keepPreviousData,
  });
}

/** The library under a query and filters: ranked hits page by page ("load more"), with facets. */
export function usePractices(filters: PracticeFilters) {
  const api = useApi();
  return useInfiniteQuery(practicesQueryOptions(api, filters));
}

/** The practices (drafts included) written up from a starter project. */
export function useProjectPractices(projectId: string) {
  const api = useApi();
  return useQuery(
    queryOptions({
      queryKey: practiceKeys.ofProject(projectId),
      queryFn: async () =>
        (
          await unwrap(
            api.GET('/api/v1/practices', {
              params: { query: { sourceProjectId: projectId, limit: 10 } },
            }),
          )
        ).data.items,
    }),
  );
}
