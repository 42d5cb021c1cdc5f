import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';

import { invalidateDerivedFromProjects } from './derived-queries';
import type { VersionedProject } from './get-project';
import { projectKeys } from './query-keys';
import type { StarterProjectInput } from './types';

export interface UpdateProjectVariables {
  id: string;
  /** The ETag of the version the user edited; a stale one answers 412. */
  etag: string;
  input: StarterProjectInput;
}

export async function updateProject(
  api: ApiClient,
  { id, etag, input }: UpdateProjectVariables,
): Promise<VersionedProject> {
  const { data, response } = await unwrap(
    api.PUT('/api/v1/starter-projects/{id}', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
  return { project: data, etag: etagOf(response, data.version) };
}

export function useUpdateProject() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateProjectVariables) => updateProject(api, variables),
    onSuccess: async (updated) => {
      queryClient.setQueryData(projectKeys.detail(updated.project.id), updated);
      await queryClient.invalidateQueries({ queryKey: projectKeys.lists() });
      await invalidateDerivedFromProjects(queryClient);
    },
  });
}
