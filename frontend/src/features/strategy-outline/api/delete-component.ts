import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { outlineKeys } from './query-keys';

export interface DeleteComponentVariables {
  strategyId: string;
  componentId: string;
  etag: string;
}

/** Deletes the component with its descendants and the indicators of deleted goals. */
export async function deleteComponent(
  api: ApiClient,
  { strategyId, componentId, etag }: DeleteComponentVariables,
): Promise<void> {
  await unwrap(
    api.DELETE('/api/v1/strategies/{strategyId}/components/{componentId}', {
      params: { path: { strategyId, componentId }, header: { 'If-Match': etag } },
    }),
  );
}

export function useDeleteComponent() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: DeleteComponentVariables) => deleteComponent(api, variables),
    onSuccess: async (_result, { strategyId }) => {
      await queryClient.invalidateQueries({ queryKey: outlineKeys.outline(strategyId) });
      await queryClient.invalidateQueries({ queryKey: outlineKeys.indicators(strategyId) });
    },
  });
}
