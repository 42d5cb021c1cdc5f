import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { stakeholderKeys, type StakeholderFilters } from './query-keys';

export const STAKEHOLDERS_PAGE_SIZE = 50;

export async function getStakeholders(
  api: ApiClient,
  filters: StakeholderFilters,
  cursor: string | undefined,
) {
  const { data } = await unwrap(
    api.GET('/api/v1/stakeholders', {
      params: {
        query: {
          limit: STAKEHOLDERS_PAGE_SIZE,
          cursor,
          sector: filters.sector,
          fieldOfAction: filters.fieldOfAction,
          q: filters.q,
        },
      },
    }),
  );
  return data;
}

export function stakeholdersQueryOptions(api: ApiClient, filters: StakeholderFilters) {
  return infiniteQueryOptions({
    queryKey: stakeholderKeys.list(filters),
    queryFn: ({ pageParam }) => getStakeholders(api, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next ?? undefined,
  });
}

/** The register, by name, one cursor page after the other ("load more"). */
export function useStakeholders(filters: StakeholderFilters) {
  const api = useApi();
  return useInfiniteQuery(stakeholdersQueryOptions(api, filters));
}
