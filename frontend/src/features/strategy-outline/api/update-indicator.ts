import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';
import type { IndicatorInput } from '@/lib/api/types';

import type { VersionedIndicator } from './get-indicator';
import { outlineKeys } from './query-keys';

export interface UpdateIndicatorVariables {
  strategyId: string;
  indicatorId: string;
  etag: string;
  input: IndicatorInput;
}

export async function updateIndicator(
  api: ApiClient,
  { strategyId, indicatorId, etag, input }: UpdateIndicatorVariables,
): Promise<VersionedIndicator> {
  const { data, response } = await unwrap(
    api.PUT('/api/v1/strategies/{strategyId}/indicators/{indicatorId}', {
      params: { path: { strategyId, indicatorId }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
  return { indicator: data, etag: etagOf(response, data.version) };
}

export function useUpdateIndicator() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateIndicatorVariables) => updateIndicator(api, variables),
    onSuccess: async (updated, { strategyId }) => {
      await queryClient.invalidateQueries({
        queryKey: outlineKeys.indicators(strategyId),
        exact: true,
      });
      queryClient.setQueryData(outlineKeys.indicator(strategyId, updated.indicator.id), updated);
    },
  });
}
