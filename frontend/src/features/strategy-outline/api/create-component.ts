import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { StrategyComponentInput } from '@/lib/api/types';

import { outlineKeys } from './query-keys';

export interface CreateComponentVariables {
  strategyId: string;
  input: StrategyComponentInput;
}

/** Adds a component as the last child of input.parentId (or last at the top level). */
export async function createComponent(
  api: ApiClient,
  { strategyId, input }: CreateComponentVariables,
) {
  const { data } = await unwrap(
    api.POST('/api/v1/strategies/{strategyId}/components', {
      params: { path: { strategyId } },
      body: input,
    }),
  );
  return data;
}

export function useCreateComponent() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: CreateComponentVariables) => createComponent(api, variables),
    onSuccess: async (_component, { strategyId }) => {
      await queryClient.invalidateQueries({ queryKey: outlineKeys.outline(strategyId) });
    },
  });
}
