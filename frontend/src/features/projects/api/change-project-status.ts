import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';

import { invalidateDerivedFromProjects } from './derived-queries';
import type { VersionedProject } from './get-project';
import { projectKeys } from './query-keys';
import type { ProjectStatusChange } from './types';

export interface ChangeProjectStatusVariables {
  id: string;
  etag: string;
  change: ProjectStatusChange;
}

export async function changeProjectStatus(
  api: ApiClient,
  { id, etag, change }: ChangeProjectStatusVariables,
): Promise<VersionedProject> {
  const { data, response } = await unwrap(
    api.POST('/api/v1/starter-projects/{id}/status', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body: change,
    }),
  );
  return { project: data, etag: etagOf(response, data.version) };
}

export function useChangeProjectStatus() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: ChangeProjectStatusVariables) => changeProjectStatus(api, variables),
    onSuccess: async (changed) => {
      queryClient.setQueryData(projectKeys.detail(changed.project.id), changed);
      await queryClient.invalidateQueries({ queryKey: projectKeys.lists() });
      await invalidateDerivedFromProjects(queryClient);
    },
  });
}
