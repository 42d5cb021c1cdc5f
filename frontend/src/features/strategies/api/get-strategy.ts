import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';
import type { Strategy } from '@/lib/api/types';

import { strategyKeys } from './query-keys';

/** A strategy together with the entity tag to send back as If-Match. */
export interface VersionedStrategy {
  strategy: Strategy;
  etag: string;
}

export async function getStrategy(api: ApiClient, id: string): Promise<VersionedStrategy> {
  const { data, response } = await unwrap(
    api.GET('/api/v1/strategies/{id}', { params: { path: { id } } }),
  );
  return { strategy: data, etag: etagOf(response, data.version) };
}

export function strategyQueryOptions(api: ApiClient, id: string) {
  return queryOptions({
    queryKey: strategyKeys.detail(id),
    queryFn: () => getStrategy(api, id),
  });
}

export function useStrategy(id: string) {
  const api = useApi();
  return useQuery(strategyQueryOptions(api, id));
}
