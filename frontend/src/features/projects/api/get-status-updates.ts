import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { projectKeys } from './query-keys';

export async function getStatusUpdates(api: ApiClient, projectId: string) {
  const { data } = await unwrap(
    api.GET('/api/v1/starter-projects/{id}/status-updates', {
      params: { path: { id: projectId } },
    }),
  );
  return data;
}

export function statusUpdatesQueryOptions(api: ApiClient, projectId: string) {
  return queryOptions({
    queryKey: projectKeys.statusUpdates(projectId),
    queryFn: () => getStatusUpdates(api, projectId),
  });
}

/** The project's status-update log, newest first. */
export function useStatusUpdates(projectId: string) {
  const api = useApi();
  return useQuery(statusUpdatesQueryOptions(api, projectId));
}
