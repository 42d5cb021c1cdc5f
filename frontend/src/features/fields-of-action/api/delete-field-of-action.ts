import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { fieldsOfActionQueryKey } from '@/lib/vocabulary/fields-of-action';

export interface DeleteFieldOfActionVariables {
  id: string;
  etag: string;
}

export async function deleteFieldOfAction(
  api: ApiClient,
  { id, etag }: DeleteFieldOfActionVariables,
): Promise<void> {
  await unwrap(
    api.DELETE('/api/v1/fields-of-action/{id}', {
      params: { path: { id }, header: { 'If-Match': etag } },
    }),
  );
}

export function useDeleteFieldOfAction() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: DeleteFieldOfActionVariables) => deleteFieldOfAction(api, variables),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: fieldsOfActionQueryKey });
    },
  });
}
