import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';

import { workshopKeys } from './query-keys';
import type { Workshop } from './types';

/** A workshop together with the entity tag to send back as If-Match. */
export interface VersionedWorkshop {
  workshop: Workshop;
  etag: string;
}

export async function getWorkshop(api: ApiClient, id: string): Promise<VersionedWorkshop> {
  const { data, response } = await unwrap(
    api.GET('/api/v1/workshops/{id}', { params: { path: { id } } }),
  );
  return { workshop: data, etag: etagOf(response, data.version) };
}

export function workshopQueryOptions(api: ApiClient, id: string) {
  return queryOptions({
    queryKey: workshopKeys.detail(id),
    queryFn: () => getWorkshop(api, id),
  });
}

export function useWorkshop(id: string) {
  const api = useApi();
  return useQuery(workshopQueryOptions(api, id));
}
