import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { Strategy } from '@/lib/api/types';

import { workshopKeys } from './query-keys';
import type { Stakeholder } from './types';

const PAGE_SIZE = 100;

/** Every strategy of one organisation (listStrategies): a workshop works on one of its own. */
export async function getStrategyOptions(
  api: ApiClient,
  organizationId: string,
): Promise<Strategy[]> {
  const strategies: Strategy[] = [];
  let cursor: string | undefined;
  do {
    const { data } = await unwrap(
      api.GET('/api/v1/strategies', {
        params: { query: { organizationId, limit: PAGE_SIZE, cursor } },
      }),
    );
    strategies.push(...data.items);
    cursor = data.next ?? undefined;
  } while (cursor);
  return strategies;
}

/** The stakeholder register of one organisation (listStakeholders): facilitators come from it. */
export async function getStakeholderOptions(
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

export function useStrategyOptions(organizationId: string) {
  const api = useApi();
  return useQuery({
    ...queryOptions({
      queryKey: workshopKeys.strategyOptions(organizationId),
      queryFn: () => getStrategyOptions(api, organizationId),
      staleTime: 60 * 1000,
    }),
    enabled: organizationId !== '',
  });
}

export function useStakeholderOptions(organizationId: string) {
  const api = useApi();
  return useQuery({
    ...queryOptions({
      queryKey: workshopKeys.stakeholderOptions(organizationId),
      queryFn: () => getStakeholderOptions(api, organizationId),
      staleTime: 60 * 1000,
    }),
    enabled: organizationId !== '',
  });
}
