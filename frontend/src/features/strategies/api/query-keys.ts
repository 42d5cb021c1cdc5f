import type { StrategyStatus } from '@/lib/api/types';

export interface StrategyFilters {
  status?: StrategyStatus | undefined;
  organizationId?: string | undefined;
  q?: string | undefined;
}

export const strategyKeys = {
  all: ['strategies'] as const,
  lists: () => [...strategyKeys.all, 'list'] as const,
  list: (filters: StrategyFilters) => [...strategyKeys.lists(), filters] as const,
  detail: (id: string) => [...strategyKeys.all, 'detail', id] as const,
};
