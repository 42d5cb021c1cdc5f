import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { workshopKeys } from './query-keys';

export async function getFollowUps(api: ApiClient, id: string) {
  const { data } = await unwrap(
    api.GET('/api/v1/workshops/{id}/follow-ups', { params: { path: { id } } }),
  );
  return data;
}

export function followUpsQueryOptions(api: ApiClient, id: string) {
  return queryOptions({
    queryKey: workshopKeys.followUps(id),
    queryFn: () => getFollowUps(api, id),
  });
}

/** The workshop's follow-ups by due date. */
export function useFollowUps(id: string) {
  const api = useApi();
  return useQuery(followUpsQueryOptions(api, id));
}
