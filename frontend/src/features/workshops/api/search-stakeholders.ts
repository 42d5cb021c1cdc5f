import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { workshopKeys } from './query-keys';

export const STAKEHOLDER_SEARCH_LIMIT = 10;

export async function searchStakeholders(api: ApiClient, organizationId: string, q: string) {
  const { data } = await unwrap(
    api.GET('/api/v1/stakeholders', {
      params: { query: { organizationId, q, limit: STAKEHOLDER_SEARCH_LIMIT } },
    }),
  );
  return data.items;
}

export function stakeholderSearchQueryOptions(api: ApiClient, organizationId: string, q: string) {
  return queryOptions({
    queryKey: workshopKeys.stakeholderSearch(organizationId, q),
    queryFn: () => searchStakeholders(api, organizationId, q),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}

/** Stakeholders of the workshop organization's register whose name matches; nothing without q. */
export function useStakeholderSearch(organizationId: string, q: string) {
  const api = useApi();
  return useQuery(stakeholderSearchQueryOptions(api, organizationId, q));
}
