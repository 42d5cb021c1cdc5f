import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { strategyKeys } from './query-keys';

export interface DeleteStrategyVariables {
  id: string;
  etag: string;
}

export async function deleteStrategy(
  api: ApiClient,
  { id, etag }: DeleteStrategyVariables,
): Promise<void> {
  await unwrap(
    api.DELETE('/api/v1/strategies/{id}', {
      params: { path: { id }, header: { 'If-Match': etag } },
    }),
  );
}

export function useDeleteStrategy() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: DeleteStrategyVariables) => deleteStrategy(api, variables),
    onSuccess: async (_result, { id }) => {
      queryClient.removeQueries({ queryKey: strategyKeys.detail(id) });
      await queryClient.invalidateQueries({ queryKey: strategyKeys.lists() });
    },
  });
}
