import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { networkKeys } from './query-keys';

/** The caller's networks by name; a person takes part in a handful, so one page of 100 is all. */
export function networksQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: networkKeys.lists(),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/networks', { params: { query: { limit: 100 } } }))).data,
  });
}

export function useNetworks() {
  const api = useApi();
  return useQuery(networksQueryOptions(api));
}
