import { useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/errors';
import type { StrategySnapshot } from '@/lib/api/types';

import { strategyKeys } from './query-keys';

/**
 * Under the strategy's detail key. A status change invalidates it: an adoption adds a version,
 * and the current outline's status changes with every move.
 */
export const versionsKey = (id: string) => [...strategyKeys.detail(id), 'versions'] as const;

/** The strategy's adopted versions, newest first; loaded once the reader opens them. */
export function useStrategyVersions(id: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: versionsKey(id),
    queryFn: async () => {
      const { data } = await unwrap(
        api.GET('/api/v1/strategies/{id}/versions', { params: { path: { id } } }),
      );
      return data.items;
    },
    enabled,
  });
}

/** Which outline to compare: an adopted version by its number, or the outline as it is now. */
export type OutlineChoice = number | 'current';

/** The snapshot of one version, or the current outline put together the same way. */
export function useOutlineSnapshot(id: string, choice: OutlineChoice | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: [...versionsKey(id), choice ?? 'none'] as const,
    enabled: choice !== undefined,
    queryFn: async (): Promise<StrategySnapshot> => {
      if (typeof choice === 'number') {
        const { data } = await unwrap(
          api.GET('/api/v1/strategies/{id}/versions/{number}', {
            params: { path: { id, number: choice } },
          }),
        );
        return data.outline;
      }
      const path = { params: { path: { strategyId: id } } };
      const [strategy, outline, indicators] = await Promise.all([
        unwrap(api.GET('/api/v1/strategies/{id}', { params: { path: { id } } })),
        unwrap(api.GET('/api/v1/strategies/{strategyId}/components', path)),
        unwrap(api.GET('/api/v1/strategies/{strategyId}/indicators', path)),
      ]);
      return {
        strategy: strategy.data,
        components: outline.data.items,
        indicators: indicators.data,
      };
    },
  });
}
