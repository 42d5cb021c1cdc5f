import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';
import type { Stakeholder } from '@/lib/api/types';

import { stakeholderKeys } from './query-keys';

/** A stakeholder together with the entity tag to send back as If-Match. */
export interface VersionedStakeholder {
  stakeholder: Stakeholder;
  etag: string;
}

export async function getStakeholder(api: ApiClient, id: string): Promise<VersionedStakeholder> {
  const { data, response } = await unwrap(
    api.GET('/api/v1/stakeholders/{id}', { params: { path: { id } } }),
  );
  return { stakeholder: data, etag: etagOf(response, data.version) };
}

export function stakeholderQueryOptions(api: ApiClient, id: string) {
  return queryOptions({
    queryKey: stakeholderKeys.detail(id),
    queryFn: () => getStakeholder(api, id),
  });
}

export function useStakeholder(id: string) {
  const api = useApi();
  return useQuery(stakeholderQueryOptions(api, id));
}
