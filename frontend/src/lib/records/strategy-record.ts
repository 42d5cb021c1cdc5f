import { queryOptions } from '@tanstack/react-query';

import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';
import type { Strategy } from '@/lib/api/types';

// One strategy is cached once, under one key, whichever feature shows it (the strategy pages, its
// outline, its analyses): an edit anywhere updates every screen, and no stale copy survives.

/** A strategy together with the entity tag to send back as If-Match. */
export interface VersionedStrategy {
  strategy: Strategy;
  etag: string;
}

/** Every cached strategy record, for changes elsewhere that touch strategies (an adoption's link). */
export const strategyRecordsKey = ['strategies', 'detail'] as const;

export const strategyRecordKey = (id: string) => [...strategyRecordsKey, id] as const;

export async function getStrategy(api: ApiClient, id: string): Promise<VersionedStrategy> {
  const { data, response } = await unwrap(
    api.GET('/api/v1/strategies/{id}', { params: { path: { id } } }),
  );
  return { strategy: data, etag: etagOf(response, data.version) };
}

export function strategyRecordQueryOptions(api: ApiClient, id: string) {
  return queryOptions({
    queryKey: strategyRecordKey(id),
    queryFn: () => getStrategy(api, id),
  });
}
