import type { StrategyStatus } from '@/lib/api/types';
import { strategyRecordKey } from '@/lib/records/strategy-record';

export interface StrategyFilters {
  status?: StrategyStatus | undefined;
  organizationId?: string | undefined;
  q?: string | undefined;
}

export const strategyKeys = {
  all: ['strategies'] as const,
  lists: () => [...strategyKeys.all, 'list'] as const,
  list: (filters: StrategyFilters) => [...strategyKeys.lists(), filters] as const,
  detail: (id: string) => strategyRecordKey(id),
};
