import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';

import { invalidateDerivedFromProjects } from './derived-queries';
import type { VersionedProject } from './get-project';
import { projectKeys } from './query-keys';
import type { StarterProjectInput } from './types';

export async function createProject(
  api: ApiClient,
  input: StarterProjectInput,
): Promise<VersionedProject> {
  const { data, response } = await unwrap(api.POST('/api/v1/starter-projects', { body: input }));
  return { project: data, etag: etagOf(response, data.version) };
}

export function useCreateProject() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StarterProjectInput) => createProject(api, input),
    onSuccess: async (created) => {
      queryClient.setQueryData(projectKeys.detail(created.project.id), created);
      await queryClient.invalidateQueries({ queryKey: projectKeys.lists() });
      await invalidateDerivedFromProjects(queryClient);
    },
  });
}
