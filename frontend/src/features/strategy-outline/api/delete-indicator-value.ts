import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';

import type { VersionedIndicator } from './get-indicator';
import { outlineKeys } from './query-keys';

export interface DeleteIndicatorValueVariables {
  strategyId: string;
  indicatorId: string;
  valueId: string;
  /** The indicator's ETag: a value is part of its indicator. */
  etag: string;
}

export async function deleteIndicatorValue(
  api: ApiClient,
  { strategyId, indicatorId, valueId, etag }: DeleteIndicatorValueVariables,
): Promise<VersionedIndicator> {
  const { data, response } = await unwrap(
    api.DELETE('/api/v1/strategies/{strategyId}/indicators/{indicatorId}/values/{valueId}', {
      params: { path: { strategyId, indicatorId, valueId }, header: { 'If-Match': etag } },
    }),
  );
  return { indicator: data, etag: etagOf(response, data.version) };
}

export function useDeleteIndicatorValue() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: DeleteIndicatorValueVariables) => deleteIndicatorValue(api, variables),
    onSuccess: async (updated, { strategyId, indicatorId }) => {
      queryClient.setQueryData(outlineKeys.indicator(strategyId, indicatorId), updated);
      await queryClient.invalidateQueries({
        queryKey: outlineKeys.indicators(strategyId),
        exact: true,
      });
    },
  });
}
