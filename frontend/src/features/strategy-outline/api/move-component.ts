import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { ComponentMove, StrategyOutline } from '@/lib/api/types';

import { outlineKeys } from './query-keys';

export interface MoveComponentVariables {
  strategyId: string;
  componentId: string;
  etag: string;
  move: ComponentMove;
}

/** Moves a component with its subtree; the answer is the whole outline after the move. */
export async function moveComponent(
  api: ApiClient,
  { strategyId, componentId, etag, move }: MoveComponentVariables,
): Promise<StrategyOutline> {
  const { data } = await unwrap(
    api.POST('/api/v1/strategies/{strategyId}/components/{componentId}/move', {
      params: { path: { strategyId, componentId }, header: { 'If-Match': etag } },
      body: move,
    }),
  );
  return data;
}

export function useMoveComponent() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: MoveComponentVariables) => moveComponent(api, variables),
    onSuccess: (outline, { strategyId }) => {
      queryClient.setQueryData(outlineKeys.outline(strategyId), outline);
    },
  });
}
