import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

import { projectKeys, type ProjectFilters } from './query-keys';

/** Large pages: the board shows every status at once, so it should rarely need "load more". */
export const PROJECTS_PAGE_SIZE = 100;

/** The filters as query parameters, shared by the list and the export. */
export function projectFilterQuery(filters: ProjectFilters) {
  return {
    fieldOfAction: filters.fieldOfAction,
    status: filters.status,
    responsibleStakeholderId: filters.responsibleStakeholderId,
    strategyId: filters.strategyId,
    organizationId: filters.organizationId,
    q: filters.q,
  };
}

export async function getProjects(
  api: ApiClient,
  filters: ProjectFilters,
  cursor: string | undefined,
) {
  const { data } = await unwrap(
    api.GET('/api/v1/starter-projects', {
      params: { query: { limit: PROJECTS_PAGE_SIZE, cursor, ...projectFilterQuery(filters) } },
    }),
  );
  return data;
}

export function projectsQueryOptions(api: ApiClient, filters: ProjectFilters) {
  return infiniteQueryOptions({
    queryKey: projectKeys.list(filters),
    queryFn: ({ pageParam }) => getProjects(api, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next ?? undefined,
  });
}

/** Starter projects matching the filters, one cursor page after the other ("load more"). */
export function useProjects(filters: ProjectFilters) {
  const api = useApi();
  return useInfiniteQuery(projectsQueryOptions(api, filters));
}
