import { queryOptions, useQuery } from '@tanstack/react-query';

import { useApi } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { Me, Organization } from '@/lib/api/types';

export const meQueryKey = ['me'] as const;

export function meQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: meQueryKey,
    queryFn: async () => (await unwrap(api.GET('/api/v1/me'))).data,
    staleTime: 5 * 60 * 1000,
  });
}

/** The signed-in user with their organisations and roles, as the API sees them. */
export function useMe() {
  const api = useApi();
  return useQuery(meQueryOptions(api));
}

/** Editors and admins of the owning organisation may write (contract: access rules). */
export function canWriteIn(me: Me | undefined, organizationId: string): boolean {
  return (
    me?.memberships.some(
      (membership) =>
        membership.organization.id === organizationId &&
        (membership.role === 'EDITOR' || membership.role === 'ADMIN'),
    ) ?? false
  );
}

export function writableOrganizations(me: Me | undefined): Organization[] {
  return (me?.memberships ?? [])
    .filter((membership) => membership.role === 'EDITOR' || membership.role === 'ADMIN')
    .map((membership) => membership.organization);
}
