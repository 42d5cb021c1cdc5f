import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';
import type { IndicatorValueInput } from '@/lib/api/types';

import type { VersionedIndicator } from './get-indicator';
import { outlineKeys } from './query-keys';

export interface AddIndicatorValueVariables {
  strategyId: string;
  indicatorId: string;
  input: IndicatorValueInput;
}

/** The answer is the indicator in its new version, with its new progress. */
export async function addIndicatorValue(
  api: ApiClient,
  { strategyId, indicatorId, input }: AddIndicatorValueVariables,
): Promise<VersionedIndicator> {
  const { data, response } = await unwrap(
    api.POST('/api/v1/strategies/{strategyId}/indicators/{indicatorId}/values', {
      params: { path: { strategyId, indicatorId } },
      body: input,
    }),
  );
  return { indicator: data, etag: etagOf(response, data.version) };
}

export function useAddIndicatorValue() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: AddIndicatorValueVariables) => addIndicatorValue(api, variables),
    onSuccess: async (updated, { strategyId, indicatorId }) => {
      queryClient.setQueryData(outlineKeys.indicator(strategyId, indicatorId), updated);
      await queryClient.invalidateQueries({
        queryKey: outlineKeys.indicators(strategyId),
        exact: true,
      });
    },
  });
}
