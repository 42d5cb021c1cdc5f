import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { workshopKeys } from './query-keys';

export interface DeleteWorkshopVariables {
  id: string;
  etag: string;
}

export async function deleteWorkshop(
  api: ApiClient,
  { id, etag }: DeleteWorkshopVariables,
): Promise<void> {
  await unwrap(
    api.DELETE('/api/v1/workshops/{id}', {
      params: { path: { id }, header: { 'If-Match': etag } },
    }),
  );
}

export function useDeleteWorkshop() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: DeleteWorkshopVariables) => deleteWorkshop(api, variables),
    onSuccess: async (_result, { id }) => {
      queryClient.removeQueries({ queryKey: workshopKeys.detail(id) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: workshopKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
      ]);
    },
  });
}
