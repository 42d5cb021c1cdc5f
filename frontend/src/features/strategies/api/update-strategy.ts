import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';
import type { StrategyInput } from '@/lib/api/types';

import type { VersionedStrategy } from './get-strategy';
import { strategyKeys } from './query-keys';

export interface UpdateStrategyVariables {
  id: string;
  /** The ETag of the version the user edited; a stale one answers 412. */
  etag: string;
  input: StrategyInput;
}

export async function updateStrategy(
  api: ApiClient,
  { id, etag, input }: UpdateStrategyVariables,
): Promise<VersionedStrategy> {
  const { data, response } = await unwrap(
    api.PUT('/api/v1/strategies/{id}', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body: input,
    }),
  );
  return { strategy: data, etag: etagOf(response, data.version) };
}

export function useUpdateStrategy() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateStrategyVariables) => updateStrategy(api, variables),
    onSuccess: async (updated) => {
      queryClient.setQueryData(strategyKeys.detail(updated.strategy.id), updated);
      await queryClient.invalidateQueries({ queryKey: strategyKeys.lists() });
    },
  });
}
