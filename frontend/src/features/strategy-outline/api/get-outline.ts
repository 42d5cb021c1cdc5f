import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { outlineKeys } from './query-keys';

export async function getOutline(api: ApiClient, strategyId: string) {
  const { data } = await unwrap(
    api.GET('/api/v1/strategies/{strategyId}/components', {
      params: { path: { strategyId } },
    }),
  );
  return data;
}

export function outlineQueryOptions(api: ApiClient, strategyId: string) {
  return queryOptions({
    queryKey: outlineKeys.outline(strategyId),
    queryFn: () => getOutline(api, strategyId),
  });
}

/** The strategy's components, flat in outline order, and which of the seven types are missing. */
export function useOutline(strategyId: string) {
  const api = useApi();
  return useQuery(outlineQueryOptions(api, strategyId));
}
