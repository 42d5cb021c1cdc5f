import { queryOptions } from '@tanstack/react-query';

import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

// Council decisions are read by the anchoring pages and by a strategy's adoption (which links to
// one): both share these keys, so that a decision recorded, changed or deleted anywhere shows
// everywhere.

export interface CouncilDecisionFilter {
  organizationId?: string;
  strategyId?: string;
}

export const councilDecisionKeys = {
  all: ['anchoring', 'decisions'] as const,
  list: (filter: CouncilDecisionFilter) => [...councilDecisionKeys.all, 'list', filter] as const,
  detail: (id: string) => [...councilDecisionKeys.all, 'detail', id] as const,
};

/** The latest decisions the caller may read (the first page of 100), optionally narrowed. */
export function councilDecisionsQueryOptions(api: ApiClient, filter: CouncilDecisionFilter = {}) {
  return queryOptions({
    queryKey: councilDecisionKeys.list(filter),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/council-decisions', { params: { query: { limit: 100, ...filter } } }),
        )
      ).data,
  });
}

export function councilDecisionQueryOptions(api: ApiClient, id: string) {
  return queryOptions({
    queryKey: councilDecisionKeys.detail(id),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/council-decisions/{id}', { params: { path: { id } } }))).data,
  });
}
