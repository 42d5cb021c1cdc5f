import type { Me, MembershipRole, Organization, Strategy } from '@/lib/api/types';

export const API_BASE_URL = 'http://api.test';

export const musterstadt: Organization = {
  id: '0d9a3a4e-0000-4000-8000-000000000001',
  slug: 'musterstadt',
  name: 'Musterstadt',
  kind: 'MUNICIPALITY',
  country: 'DE',
  officialCode: '05999000',
  population: 250000,
};

export const eksempelby: Organization = {
  id: '0d9a3a4e-0000-4000-8000-000000000002',
  slug: 'eksempelby',
  name: 'Eksempelby Kommune',
  kind: 'MUNICIPALITY',
  country: 'DK',
  officialCode: '999',
  population: 60000,
};

export const organizations = [musterstadt, eksempelby];

export function meWith(
  memberships: { organization: Organization; role: MembershipRole }[] = [
    { organization: musterstadt, role: 'EDITOR' },
  ],
): Me {
  return {
    subject: 'a2b8f0c4-1111-4111-8111-111111111111',
    username: 'musterstadt-editor',
    displayName: 'Erika Mustermann',
    platformAdmin: false,
    memberships,
  };
}

export function makeStrategy(overrides: Partial<Strategy> = {}): Strategy {
  return {
    id: '5c1f6a2e-2222-4222-8222-222222222222',
    organizationId: musterstadt.id,
    title: 'Kreislaufstadt Musterstadt 2030',
    summary: 'Leitbild, Ziele und Maßnahmen für die Kreislaufwirtschaft.',
    periodFrom: 2025,
    periodTo: 2030,
    status: 'DRAFT',
    adoption: undefined,
    visibility: 'PRIVATE',
    externalId: undefined,
    version: 3,
    createdAt: '2026-01-10T09:30:00Z',
    createdBy: 'musterstadt-editor',
    updatedAt: '2026-02-01T14:05:00Z',
    updatedBy: 'musterstadt-editor',
    ...overrides,
  };
}
