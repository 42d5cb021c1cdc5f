import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { workshopKeys, type WorkshopFilters } from './query-keys';

export const WORKSHOPS_PAGE_SIZE = 100;

export async function getWorkshops(
  api: ApiClient,
  filters: WorkshopFilters,
  cursor: string | undefined,
) {
  const { data } = await unwrap(
    api.GET('/api/v1/workshops', {
      params: {
        query: { limit: WORKSHOPS_PAGE_SIZE, cursor, status: filters.status, q: filters.q },
      },
    }),
  );
  return data;
}

export function workshopsQueryOptions(api: ApiClient, filters: WorkshopFilters) {
  return infiniteQueryOptions({
    queryKey: workshopKeys.list(filters),
    queryFn: ({ pageParam }) => getWorkshops(api, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next ?? undefined,
  });
}

/** Workshops matching the filters, one cursor page after the other ("load more"). */
export function useWorkshops(filters: WorkshopFilters) {
  const api = useApi();
  return useInfiniteQuery(workshopsQueryOptions(api, filters));
}
