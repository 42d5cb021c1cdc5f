import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';

import { projectKeys } from './query-keys';
import type { Measure } from './types';

/** A measure together with the entity tag to send back as If-Match. */
export interface VersionedMeasure {
  measure: Measure;
  etag: string;
}

/**
 * The entity tag of a measure read as part of its project (which carries no per-measure header).
 * The API builds its tags the same way: the version in quotes.
 */
export function measureEtag(measure: Measure): string {
  return `"${measure.version}"`;
}

export async function getMeasure(
  api: ApiClient,
  projectId: string,
  measureId: string,
): Promise<VersionedMeasure> {
  const { data, response } = await unwrap(
    api.GET('/api/v1/starter-projects/{id}/measures/{measureId}', {
      params: { path: { id: projectId, measureId } },
    }),
  );
  return { measure: data, etag: etagOf(response, data.version) };
}

export function measureQueryOptions(api: ApiClient, projectId: string, measureId: string) {
  return queryOptions({
    queryKey: projectKeys.measure(projectId, measureId),
    queryFn: () => getMeasure(api, projectId, measureId),
  });
}

export function useMeasure(projectId: string, measureId: string) {
  const api = useApi();
  return useQuery(measureQueryOptions(api, projectId, measureId));
}
