import { useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import {
  getStrategy,
  strategyRecordQueryOptions,
  type VersionedStrategy,
} from '@/lib/records/strategy-record';

export { getStrategy, type VersionedStrategy };
export const strategyQueryOptions = strategyRecordQueryOptions;

export function useStrategy(id: string) {
  const api = useApi();
  return useQuery(strategyQueryOptions(api, id));
}
