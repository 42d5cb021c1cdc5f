import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { Stakeholder } from '@/lib/api/types';

import { analysisKeys } from './query-keys';

// A register has tens to a few hundred entries; the cap only guards against a runaway loop.
const PAGE_SIZE = 100;
const MAX_PAGES = 20;

/** The whole register of the analysis's owner: an analysis rates only its own stakeholders. */
export async function getRateableStakeholders(
  api: ApiClient,
  organizationId: string,
): Promise<Stakeholder[]> {
  const stakeholders: Stakeholder[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { data } = await unwrap(
      api.GET('/api/v1/stakeholders', {
        params: { query: { organizationId, limit: PAGE_SIZE, cursor } },
      }),
    );
    stakeholders.push(...data.items);
    cursor = data.next;
    if (!cursor) {
      break;
    }
  }
  return stakeholders;
}

export function rateableStakeholdersQueryOptions(api: ApiClient, organizationId: string) {
  return queryOptions({
    queryKey: analysisKeys.register(organizationId),
    queryFn: () => getRateableStakeholders(api, organizationId),
  });
}

export function useRateableStakeholders(organizationId: string, enabled: boolean) {
  const api = useApi();
  return useQuery({ ...rateableStakeholdersQueryOptions(api, organizationId), enabled });
}
