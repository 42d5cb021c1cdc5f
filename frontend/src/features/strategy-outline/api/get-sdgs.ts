import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { outlineKeys } from './query-keys';

export async function getSdgs(api: ApiClient) {
  const { data } = await unwrap(api.GET('/api/v1/sdgs'));
  return data;
}

export function sdgsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: outlineKeys.sdgs(),
    queryFn: () => getSdgs(api),
    // Reference data (the API lets it be cached for a day).
    staleTime: 24 * 60 * 60 * 1000,
  });
}

/** The 17 SDGs with their targets, titled in en/de/da. */
export function useSdgs(enabled = true) {
  const api = useApi();
  return useQuery({ ...sdgsQueryOptions(api), enabled });
}
