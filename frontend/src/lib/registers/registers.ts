import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { Stakeholder, StarterProjectSummary, Strategy } from '@/lib/api/types';

// Whole registers that forms choose from (a project's strategy and parties, a workshop's strategy
// and facilitators, a council decision's strategy or project). Their keys sit under the strategies' and stakeholders' list keys, so that
// every change that refreshes those lists refreshes the choices too.
const PAGE_SIZE = 100;
const STALE_TIME = 60 * 1000;

export const registerKeys = {
  strategies: (organizationId: string | undefined) =>
    ['strategies', 'list', 'register', organizationId ?? 'all'] as const,
  stakeholders: (organizationId: string) =>
    ['stakeholders', 'list', 'register', organizationId] as const,
  projects: (organizationId: string) =>
    ['starter-projects', 'list', 'register', organizationId] as const,
};

/** Every strategy of one organisation, or without one every strategy the caller may read. */
export async function getAllStrategies(
  api: ApiClient,
  organizationId: string | undefined,
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

/** The whole stakeholder register of one organisation. */
export async function getStakeholderRegister(
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

/** Every starter project of one organisation, as summaries. */
export async function getAllProjects(
  api: ApiClient,
  organizationId: string,
): Promise<StarterProjectSummary[]> {
  const projects: StarterProjectSummary[] = [];
  let cursor: string | undefined;
  do {
    const { data } = await unwrap(
      api.GET('/api/v1/starter-projects', {
        params: { query: { organizationId, limit: PAGE_SIZE, cursor } },
      }),
    );
    projects.push(...data.items);
    cursor = data.next ?? undefined;
  } while (cursor);
  return projects;
}

function strategiesQueryOptions(api: ApiClient, organizationId: string | undefined) {
  return queryOptions({
    queryKey: registerKeys.strategies(organizationId),
    queryFn: () => getAllStrategies(api, organizationId),
    staleTime: STALE_TIME,
  });
}

function stakeholdersQueryOptions(api: ApiClient, organizationId: string) {
  return queryOptions({
    queryKey: registerKeys.stakeholders(organizationId),
    queryFn: () => getStakeholderRegister(api, organizationId),
    staleTime: STALE_TIME,
  });
}

/** The strategies of one organisation (nothing is loaded while none is chosen). */
export function useOrganizationStrategies(organizationId: string) {
  const api = useApi();
  return useQuery({
    ...strategiesQueryOptions(api, organizationId),
    enabled: organizationId !== '',
  });
}

/** Every strategy the caller may read, for filters across organisations. */
export function useReadableStrategies() {
  const api = useApi();
  return useQuery(strategiesQueryOptions(api, undefined));
}

/** The starter projects of one organisation (nothing is loaded while none is chosen). */
export function useOrganizationProjects(organizationId: string) {
  const api = useApi();
  return useQuery({
    queryKey: registerKeys.projects(organizationId),
    queryFn: () => getAllProjects(api, organizationId),
    staleTime: STALE_TIME,
    enabled: organizationId !== '',
  });
}

/** The stakeholder register of one organisation (nothing is loaded while none is chosen). */
export function useStakeholderRegister(organizationId: string) {
  const api = useApi();
  return useQuery({
    ...stakeholdersQueryOptions(api, organizationId),
    enabled: organizationId !== '',
  });
}

/** The registers of several organisations together. */
export function useStakeholderRegisters(organizationIds: readonly string[]) {
  const api = useApi();
  return useQueries({
    queries: organizationIds.map((id) => stakeholdersQueryOptions(api, id)),
    combine: (results) => ({
      stakeholders: results.flatMap((result) => result.data ?? []),
      isPending: results.some((result) => result.isPending),
    }),
  });
}
