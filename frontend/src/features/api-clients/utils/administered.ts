import type { Me, Organization } from '@/lib/api/types';

/** The organisations whose machine clients the caller manages: those they are an admin of. */
export function administeredOrganizations(me: Me | undefined): Organization[] {
  return (me?.memberships ?? [])
    .filter((membership) => membership.role === 'ADMIN')
    .map((membership) => membership.organization);
}
