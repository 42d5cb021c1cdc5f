import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { projectKeys } from './query-keys';
import type { Stakeholder } from './types';

const PAGE_SIZE = 100;

/**
 * The whole stakeholder register of one organisation (listStakeholders, every page): the parties
 * of its projects come from there.
 */
export async function getPartyOptions(
  api: ApiClient,
  organizationId: string,
): Promise<Stakeholder[]> {
  const stakeholders: Stakeholder[] = [];
  let cursor: string | undefined;
  do {
    const { data } = await unwrap(
      api.GET('/api/v1/stakeholders', {
        params: { query: { organizationId, limit: PAGE_SIZE, cursor } },
      }),
    );
    stakeholders.push(...data.items);
    cursor = data.next ?? undefined;
  } while (cursor);
  return stakeholders;
}

export function partyOptionsQueryOptions(api: ApiClient, organizationId: string) {
  return queryOptions({
    queryKey: projectKeys.partyOptions(organizationId),
    queryFn: () => getPartyOptions(api, organizationId),
    staleTime: 60 * 1000,
  });
}

export function usePartyOptions(organizationId: string) {
  const api = useApi();
  return useQuery({
    ...partyOptionsQueryOptions(api, organizationId),
    enabled: organizationId !== '',
  });
}

/** The registers of several organisations together, for the "responsible" filter. */
export function usePartyOptionsOf(organizationIds: readonly string[]) {
  const api = useApi();
  return useQueries({
    queries: organizationIds.map((id) => partyOptionsQueryOptions(api, id)),
    combine: (results) => ({
      stakeholders: results.flatMap((result) => result.data ?? []),
      isPending: results.some((result) => result.isPending),
    }),
  });
}
