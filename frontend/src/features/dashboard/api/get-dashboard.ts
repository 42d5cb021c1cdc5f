import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { dashboardKeys } from './query-keys';

export async function getDashboard(api: ApiClient, organizationId: string | undefined) {
  const { data } = await unwrap(
    api.GET('/api/v1/dashboard', {
      params: { query: organizationId ? { organizationId } : {} },
    }),
  );
  return data;
}

export function dashboardQueryOptions(api: ApiClient, organizationId: string | undefined) {
  return queryOptions({
    queryKey: dashboardKeys.detail(organizationId),
    queryFn: () => getDashboard(api, organizationId),
  });
}

/** Where an organisation stands; pass the organisation when the caller belongs to several. */
export function useDashboard(organizationId: string | undefined, enabled = true) {
  const api = useApi();
  return useQuery({ ...dashboardQueryOptions(api, organizationId), enabled });
}
