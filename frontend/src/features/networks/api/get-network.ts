import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { networkKeys } from './query-keys';

export function networkQueryOptions(api: ApiClient, id: string) {
  return queryOptions({
    queryKey: networkKeys.detail(id),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/networks/{id}', { params: { path: { id } } }))).data,
  });
}

export function useNetwork(id: string) {
  const api = useApi();
  return useQuery(networkQueryOptions(api, id));
}
