import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { invalidateDerivedFromProjects } from './derived-queries';
import { projectKeys } from './query-keys';

export interface DeleteProjectVariables {
  id: string;
  etag: string;
}

export async function deleteProject(
  api: ApiClient,
  { id, etag }: DeleteProjectVariables,
): Promise<void> {
  await unwrap(
    api.DELETE('/api/v1/starter-projects/{id}', {
      params: { path: { id }, header: { 'If-Match': etag } },
    }),
  );
}

export function useDeleteProject() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: DeleteProjectVariables) => deleteProject(api, variables),
    onSuccess: async (_result, { id }) => {
      queryClient.removeQueries({ queryKey: projectKeys.detail(id) });
      queryClient.removeQueries({ queryKey: projectKeys.statusUpdates(id) });
      await queryClient.invalidateQueries({ queryKey: projectKeys.lists() });
      await invalidateDerivedFromProjects(queryClient);
    },
  });
}
