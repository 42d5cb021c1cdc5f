import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';

import { practiceKeys } from './query-keys';
import type { Practice } from './types';

/** A practice together with the entity tag to send back as If-Match. */
export interface VersionedPractice {
  practice: Practice;
  etag: string;
}

export async function getPractice(api: ApiClient, id: string): Promise<VersionedPractice> {
  const { data, response } = await unwrap(
    api.GET('/api/v1/practices/{id}', { params: { path: { id } } }),
  );
  return { practice: data, etag: etagOf(response, data.version) };
}

export function practiceQueryOptions(api: ApiClient, id: string) {
  return queryOptions({ queryKey: practiceKeys.detail(id), queryFn: () => getPractice(api, id) });
}

export function usePractice(id: string) {
  const api = useApi();
  return useQuery(practiceQueryOptions(api, id));
}
