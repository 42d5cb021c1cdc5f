import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { stakeholderKeys } from './query-keys';

export interface DeleteStakeholderVariables {
  id: string;
  etag: string;
}

export async function deleteStakeholder(
  api: ApiClient,
  { id, etag }: DeleteStakeholderVariables,
): Promise<void> {
  await unwrap(
    api.DELETE('/api/v1/stakeholders/{id}', {
      params: { path: { id }, header: { 'If-Match': etag } },
    }),
  );
}

export function useDeleteStakeholder() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: DeleteStakeholderVariables) => deleteStakeholder(api, variables),
    onSuccess: async (_result, { id }) => {
      queryClient.removeQueries({ queryKey: stakeholderKeys.detail(id) });
      queryClient.removeQueries({ queryKey: stakeholderKeys.contacts(id) });
      await queryClient.invalidateQueries({ queryKey: stakeholderKeys.lists() });
    },
  });
}
