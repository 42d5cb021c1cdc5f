import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';

import { projectKeys } from './query-keys';
import type { StarterProject } from './types';

/** A starter project together with the entity tag to send back as If-Match. */
export interface VersionedProject {
  project: StarterProject;
  etag: string;
}

export async function getProject(api: ApiClient, id: string): Promise<VersionedProject> {
  const { data, response } = await unwrap(
    api.GET('/api/v1/starter-projects/{id}', { params: { path: { id } } }),
  );
  return { project: data, etag: etagOf(response, data.version) };
}

export function projectQueryOptions(api: ApiClient, id: string) {
  return queryOptions({
    queryKey: projectKeys.detail(id),
    queryFn: () => getProject(api, id),
  });
}

export function useProject(id: string, options: { enabled?: boolean } = {}) {
  const api = useApi();
  return useQuery({ ...projectQueryOptions(api, id), enabled: options.enabled ?? true });
}
