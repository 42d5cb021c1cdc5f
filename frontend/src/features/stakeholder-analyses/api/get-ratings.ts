import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { analysisKeys } from './query-keys';

export async function getRatings(api: ApiClient, analysisId: string) {
  const { data } = await unwrap(
    api.GET('/api/v1/stakeholder-analyses/{id}/ratings', {
      params: { path: { id: analysisId } },
    }),
  );
  return data;
}

export function ratingsQueryOptions(api: ApiClient, analysisId: string) {
  return queryOptions({
    queryKey: analysisKeys.ratings(analysisId),
    queryFn: () => getRatings(api, analysisId),
  });
}

/**
 * Every rating of the analysis by stakeholder name, with what the API derives: quadrant,
 * engagement gap and the same stakeholder's rating in the previous analysis.
 */
export function useRatings(analysisId: string) {
  const api = useApi();
  return useQuery(ratingsQueryOptions(api, analysisId));
}
