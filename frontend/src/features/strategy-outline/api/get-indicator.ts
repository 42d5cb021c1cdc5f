import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '@/lib/api/etag';
import type { Indicator } from '@/lib/api/types';

import { outlineKeys } from './query-keys';

/** An indicator with the ETag its updates, deletion and value deletion send as If-Match. */
export interface VersionedIndicator {
  indicator: Indicator;
  etag: string;
}

export async function getIndicator(
  api: ApiClient,
  strategyId: string,
  indicatorId: string,
): Promise<VersionedIndicator> {
  const { data, response } = await unwrap(
    api.GET('/api/v1/strategies/{strategyId}/indicators/{indicatorId}', {
      params: { path: { strategyId, indicatorId } },
    }),
  );
  return { indicator: data, etag: etagOf(response, data.version) };
}

export function indicatorQueryOptions(api: ApiClient, strategyId: string, indicatorId: string) {
  return queryOptions({
    queryKey: outlineKeys.indicator(strategyId, indicatorId),
    queryFn: () => getIndicator(api, strategyId, indicatorId),
  });
}

export function useIndicator(strategyId: string, indicatorId: string) {
  const api = useApi();
  return useQuery(indicatorQueryOptions(api, strategyId, indicatorId));
}
