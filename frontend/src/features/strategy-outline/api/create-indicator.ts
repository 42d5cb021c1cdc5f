import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';
import type { IndicatorInput } from '@/lib/api/types';

import type { VersionedIndicator } from './get-indicator';
import { outlineKeys } from './query-keys';

export interface CreateIndicatorVariables {
  strategyId: string;
  input: IndicatorInput;
}

export async function createIndicator(
  api: ApiClient,
  { strategyId, input }: CreateIndicatorVariables,
): Promise<VersionedIndicator> {
  const { data, response } = await unwrap(
    api.POST('/api/v1/strategies/{strategyId}/indicators', {
      params: { path: { strategyId } },
      body: input,
    }),
  );
  return { indicator: data, etag: etagOf(response, data.version) };
}

export function useCreateIndicator() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: CreateIndicatorVariables) => createIndicator(api, variables),
    onSuccess: async (created, { strategyId }) => {
      // Set after the list is refreshed: invalidating the list also covers its detail keys.
      await queryClient.invalidateQueries({ queryKey: outlineKeys.indicators(strategyId) });
      queryClient.setQueryData(outlineKeys.indicator(strategyId, created.indicator.id), created);
    },
  });
}
