import type { QueryClient } from '@tanstack/react-query';

/**
 * Other screens show figures derived from projects and measures: the strategy outline the
 * measures' indicator contributions, the dashboard the summed impact and the projects by status.
 * Their key prefixes are written out because features do not import each other.
 */
const derivedFromProjects = [['strategy-outline'], ['dashboard']] as const;

export function invalidateDerivedFromProjects(queryClient: QueryClient) {
  return Promise.all(
    derivedFromProjects.map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}
