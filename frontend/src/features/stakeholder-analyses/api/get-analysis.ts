import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';
import type { StakeholderAnalysis } from '@/lib/api/types';

import { analysisKeys } from './query-keys';

/** An analysis together with the entity tag to send back as If-Match. */
export interface VersionedAnalysis {
  analysis: StakeholderAnalysis;
  etag: string;
}

export async function getAnalysis(api: ApiClient, id: string): Promise<VersionedAnalysis> {
  const { data, response } = await unwrap(
    api.GET('/api/v1/stakeholder-analyses/{id}', { params: { path: { id } } }),
  );
  return { analysis: data, etag: etagOf(response, data.version) };
}

export function analysisQueryOptions(api: ApiClient, id: string) {
  return queryOptions({
    queryKey: analysisKeys.detail(id),
    queryFn: () => getAnalysis(api, id),
  });
}

export function useAnalysis(id: string) {
  const api = useApi();
  return useQuery(analysisQueryOptions(api, id));
}
