import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';
import type { StrategyInput } from '@/lib/api/types';

import type { VersionedStrategy } from './get-strategy';
import { strategyKeys } from './query-keys';

export async function createStrategy(
  api: ApiClient,
  input: StrategyInput,
): Promise<VersionedStrategy> {
  const { data, response } = await unwrap(api.POST('/api/v1/strategies', { body: input }));
  return { strategy: data, etag: etagOf(response, data.version) };
}

export function useCreateStrategy() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StrategyInput) => createStrategy(api, input),
    onSuccess: async (created) => {
      queryClient.setQueryData(strategyKeys.detail(created.strategy.id), created);
      await queryClient.invalidateQueries({ queryKey: strategyKeys.lists() });
    },
  });
}
