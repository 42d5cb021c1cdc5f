import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { invalidateDerivedFromProjects } from './derived-queries';
import { projectKeys } from './query-keys';

export interface DeleteMeasureVariables {
  projectId: string;
  measureId: string;
  etag: string;
}

export async function deleteMeasure(
  api: ApiClient,
  { projectId, measureId, etag }: DeleteMeasureVariables,
): Promise<void> {
  await unwrap(
    api.DELETE('/api/v1/starter-projects/{id}/measures/{measureId}', {
      params: { path: { id: projectId, measureId }, header: { 'If-Match': etag } },
    }),
  );
}

export function useDeleteMeasure() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: DeleteMeasureVariables) => deleteMeasure(api, variables),
    onSuccess: async (_result, { projectId, measureId }) => {
      queryClient.removeQueries({ queryKey: projectKeys.measure(projectId, measureId) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: projectKeys.detail(projectId) }),
        queryClient.invalidateQueries({ queryKey: projectKeys.lists() }),
        invalidateDerivedFromProjects(queryClient),
      ]);
    },
  });
}
