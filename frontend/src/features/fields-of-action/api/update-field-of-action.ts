import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { FieldOfAction, FieldOfActionInput } from '@/lib/api/types';
import { fieldsOfActionQueryKey } from '@/lib/vocabulary/fields-of-action';

export interface UpdateFieldOfActionVariables {
  id: string;
  /** The ETag of the version the user renamed; a stale one answers 412. */
  etag: string;
  input: FieldOfActionInput;
}

export async function updateFieldOfAction(
  api: ApiClient,
  { id, etag, input }: UpdateFieldOfActionVariables,
): Promise<FieldOfAction> {
  return (
    await unwrap(
      api.PUT('/api/v1/fields-of-action/{id}', {
        params: { path: { id }, header: { 'If-Match': etag } },
        body: input,
      }),
    )
  ).data;
}

export function useUpdateFieldOfAction() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateFieldOfActionVariables) => updateFieldOfAction(api, variables),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: fieldsOfActionQueryKey });
    },
  });
}
