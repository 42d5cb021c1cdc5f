import type { Me } from '@/lib/api/types';

import type { Network } from '../api/types';

export function isAdminIn(me: Me | undefined, organizationId: string): boolean {
  return (
    me?.memberships.some(
      (membership) => membership.organization.id === organizationId && membership.role === 'ADMIN',
    ) ?? false
  );
}

export function editsFor(me: Me | undefined, organizationId: string): boolean {
  return (
    me?.memberships.some(
      (membership) =>
        membership.organization.id === organizationId &&
        (membership.role === 'EDITOR' || membership.role === 'ADMIN'),
    ) ?? false
  );
}

/** The coordinator's admins and platform administrators invite and remove members. */
export function administersNetwork(me: Me | undefined, network: Network): boolean {
  return (me?.platformAdmin ?? false) || isAdminIn(me, network.coordinator.id);
}

/** The coordinator's editors and platform administrators plan events and take attendance. */
export function plansEvents(me: Me | undefined, network: Network): boolean {
  return (me?.platformAdmin ?? false) || editsFor(me, network.coordinator.id);
}
