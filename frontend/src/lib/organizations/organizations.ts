import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

export const organizationsQueryKey = ['organizations'] as const;

export function organizationsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: organizationsQueryKey,
    queryFn: async () => (await unwrap(api.GET('/api/v1/organizations'))).data,
    staleTime: 10 * 60 * 1000,
  });
}

/** The organisations the caller may see, plus a lookup of their names by id. */
export function useOrganizations() {
  const api = useApi();
  const query = useQuery(organizationsQueryOptions(api));
  const organizations = query.data ?? [];
  const nameOf = (id: string): string | undefined =>
    organizations.find((organization) => organization.id === id)?.name;
  return { ...query, organizations, nameOf };
}
