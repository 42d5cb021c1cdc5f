import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { outlineKeys } from './query-keys';

export interface DeleteIndicatorVariables {
  strategyId: string;
  indicatorId: string;
  etag: string;
}

export async function deleteIndicator(
  api: ApiClient,
  { strategyId, indicatorId, etag }: DeleteIndicatorVariables,
): Promise<void> {
  await unwrap(
    api.DELETE('/api/v1/strategies/{strategyId}/indicators/{indicatorId}', {
      params: { path: { strategyId, indicatorId }, header: { 'If-Match': etag } },
    }),
  );
}

export function useDeleteIndicator() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: DeleteIndicatorVariables) => deleteIndicator(api, variables),
    onSuccess: async (_result, { strategyId, indicatorId }) => {
      queryClient.removeQueries({ queryKey: outlineKeys.indicator(strategyId, indicatorId) });
      await queryClient.invalidateQueries({
        queryKey: outlineKeys.indicators(strategyId),
        exact: true,
      });
    },
  });
}
