import { useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import { strategyRecordQueryOptions } from '@/lib/records/strategy-record';

/** The strategy an analysis belongs to: its title for headings, its owner for permissions. */
export function useAnalysedStrategy(strategyId: string | undefined) {
  const api = useApi();
  return useQuery({
    ...strategyRecordQueryOptions(api, strategyId ?? ''),
    select: (versioned) => versioned.strategy,
    enabled: Boolean(strategyId),
  });
}
