import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { StrategyComponentInput } from '@/lib/api/types';

import { outlineKeys } from './query-keys';

export interface UpdateComponentVariables {
  strategyId: string;
  componentId: string;
  etag: string;
  input: StrategyComponentInput;
}

export async function updateComponent(
  api: ApiClient,
  { strategyId, componentId, etag, input }: UpdateComponentVariables,
) {
  const { data } = await unwrap(
    api.PUT('/api/v1/strategies/{strategyId}/components/{componentId}', {
      params: { path: { strategyId, componentId }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
  return data;
}

export function useUpdateComponent() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateComponentVariables) => updateComponent(api, variables),
    onSuccess: async (_component, { strategyId }) => {
      await queryClient.invalidateQueries({ queryKey: outlineKeys.outline(strategyId) });
    },
  });
}
