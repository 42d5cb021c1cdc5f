import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { FieldOfAction, FieldOfActionInput } from '@/lib/api/types';
import { fieldsOfActionQueryKey } from '@/lib/vocabulary/fields-of-action';

export async function createFieldOfAction(
  api: ApiClient,
  input: FieldOfActionInput,
): Promise<FieldOfAction> {
  return (await unwrap(api.POST('/api/v1/fields-of-action', { body: input }))).data;
}

export function useCreateFieldOfAction() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: FieldOfActionInput) => createFieldOfAction(api, input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: fieldsOfActionQueryKey });
    },
  });
}
