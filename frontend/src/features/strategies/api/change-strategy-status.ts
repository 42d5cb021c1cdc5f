import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';
import type { StrategyStatusChange } from '@/lib/api/types';

import type { VersionedStrategy } from './get-strategy';
import { versionsKey } from './get-strategy-versions';
import { strategyKeys } from './query-keys';

export interface ChangeStrategyStatusVariables {
  id: string;
  etag: string;
  change: StrategyStatusChange;
}

export async function changeStrategyStatus(
  api: ApiClient,
  { id, etag, change }: ChangeStrategyStatusVariables,
): Promise<VersionedStrategy> {
  const { data, response } = await unwrap(
    api.POST('/api/v1/strategies/{id}/status', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body: change,
    }),
  );
  return { strategy: data, etag: etagOf(response, data.version) };
}

export function useChangeStrategyStatus() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: ChangeStrategyStatusVariables) => changeStrategyStatus(api, variables),
    onSuccess: async (changed) => {
      queryClient.setQueryData(strategyKeys.detail(changed.strategy.id), changed);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: strategyKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: versionsKey(changed.strategy.id) }),
      ]);
    },
  });
}
