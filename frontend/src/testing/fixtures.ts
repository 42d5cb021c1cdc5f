import type {
  Indicator,
  Me,
  MembershipRole,
  Organization,
  Stakeholder,
  StakeholderAnalysis,
  StakeholderContact,
  StakeholderRating,
  Strategy,
  StrategyComponent,
  SdgGoal,
} from '@/lib/api/types';

export const API_BASE_URL = 'http://api.test';

export const musterstadt: Organization = {
  id: '0d9a3a4e-0000-4000-8000-000000000001',
  slug: 'musterstadt',
  name: 'Musterstadt',
  kind: 'MUNICIPALITY',
  country: 'DE',
  timeZone: 'Europe/Berlin',
  officialCode: '05999000',
  population: 250000,
};

export const eksempelby: Organization = {
  id: '0d9a3a4e-0000-4000-8000-000000000002',
  slug: 'eksempelby',
  name: 'Eksempelby Kommune',
  kind: 'MUNICIPALITY',
  country: 'DK',
  timeZone: 'Europe/Copenhagen',
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

export function makeStakeholder(overrides: Partial<Stakeholder> = {}): Stakeholder {
  return {
    id: '7a3e1c9d-3333-4333-8333-333333333333',
    organizationId: musterstadt.id,
    name: 'Handwerkskammer Musterstadt',
    sector: 'CHAMBER',
    fieldsOfAction: ['CONSTRUCTION_BUILDINGS'],
    website: 'https://hwk-musterstadt.example',
    description: 'Kammer des Handwerks.',
    visibility: 'PRIVATE',
    externalId: undefined,
    version: 2,
    createdAt: '2026-01-12T08:00:00Z',
    createdBy: 'musterstadt-editor',
    updatedAt: '2026-02-03T10:15:00Z',
    updatedBy: 'musterstadt-editor',
    ...overrides,
  };
}

export function makeContact(overrides: Partial<StakeholderContact> = {}): StakeholderContact {
  return {
    id: '8b4f2dae-4444-4444-8444-444444444444',
    stakeholderId: makeStakeholder().id,
    name: 'Dr. Anna Beispiel',
    role: 'Leiterin Umwelt',
    email: 'anna.beispiel@hwk-musterstadt.example',
    phone: '+49 221 000000',
    consentGiven: true,
    consentDate: '2026-02-01',
    version: 1,
    updatedAt: '2026-02-01T09:00:00Z',
    updatedBy: 'musterstadt-editor',
    ...overrides,
  };
}

export function makeAnalysis(overrides: Partial<StakeholderAnalysis> = {}): StakeholderAnalysis {
  return {
    id: '9c5a3ebf-5555-4555-8555-555555555555',
    organizationId: musterstadt.id,
    strategyId: makeStrategy().id,
    title: 'Stakeholderanalyse 2026',
    method: 'WORKSHOP',
    conductedOn: '2026-03-15',
    status: 'COMPLETED',
    facilitator: 'Wuppertal Institut',
    visibility: 'PRIVATE',
    externalId: undefined,
    version: 4,
    createdAt: '2026-01-20T08:00:00Z',
    createdBy: 'musterstadt-editor',
    updatedAt: '2026-03-16T12:00:00Z',
    updatedBy: 'musterstadt-editor',
    ...overrides,
  };
}

export function makeRating(
  overrides: Partial<StakeholderRating> & Pick<StakeholderRating, 'stakeholder'>,
): StakeholderRating {
  return {
    id: `rating-${overrides.stakeholder.id}`,
    analysisId: makeAnalysis().id,
    power: 3,
    interest: 3,
    attitude: 0,
    engagementCurrent: 'NEUTRAL',
    engagementDesired: 'NEUTRAL',
    rationale: undefined,
    quadrant: 'MANAGE_CLOSELY',
    engagementGap: 0,
    previous: undefined,
    version: 1,
    updatedAt: '2026-03-16T12:00:00Z',
    updatedBy: 'musterstadt-editor',
    ...overrides,
  };
}

export function makeComponent(
  overrides: Partial<StrategyComponent> & Pick<StrategyComponent, 'id' | 'title'>,
): StrategyComponent {
  return {
    strategyId: makeStrategy().id,
    parentId: undefined,
    type: 'GOAL',
    position: 0,
    depth: 0,
    description: undefined,
    responsibleUnit: undefined,
    status: 'DRAFT',
    sdgTargets: [],
    localGoals: [],
    version: 1,
    createdAt: '2026-01-10T09:30:00Z',
    createdBy: 'musterstadt-editor',
    updatedAt: '2026-01-10T09:30:00Z',
    updatedBy: 'musterstadt-editor',
    ...overrides,
  };
}

export function makeIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'a1b2c3d4-6666-4666-8666-666666666666',
    strategyId: makeStrategy().id,
    componentId: 'goal-waste',
    name: 'Siedlungsabfall pro Kopf',
    unit: 'kg/(Einw.·a)',
    kind: 'OUTCOME',
    direction: 'DECREASE',
    baseline: { value: 452, date: '2020-12-31' },
    targets: [{ value: 400, date: '2027-12-31' }],
    source: 'Abfallbilanz der Stadt Musterstadt',
    externalId: undefined,
    values: [
      {
        id: 'v-2023',
        observedOn: '2023-12-31',
        value: 431,
        kind: 'ACTUAL',
        source: 'Abfallbilanz 2023',
        version: 0,
        createdAt: '2024-03-01T08:00:00Z',
        createdBy: 'musterstadt-editor',
        updatedAt: '2024-03-01T08:00:00Z',
        updatedBy: 'musterstadt-editor',
      },
      {
        id: 'v-2025',
        observedOn: '2025-12-31',
        value: 405,
        kind: 'ESTIMATE',
        comment: 'Vorläufiger Wert',
        version: 0,
        createdAt: '2026-01-15T08:00:00Z',
        createdBy: 'musterstadt-editor',
        updatedAt: '2026-01-15T08:00:00Z',
        updatedBy: 'musterstadt-editor',
      },
    ],
    progress: {
      status: 'ON_TRACK',
      basedOnEstimate: false,
      latestValue: 431,
      latestDate: '2023-12-31',
      targetValue: 400,
      targetDate: '2027-12-31',
      percent: 40.4,
      expectedPercent: 42.9,
    },
    version: 5,
    createdAt: '2026-01-10T09:30:00Z',
    createdBy: 'musterstadt-editor',
    updatedAt: '2026-01-15T08:00:00Z',
    updatedBy: 'musterstadt-editor',
    ...overrides,
  };
}

export const sdgs: SdgGoal[] = [
  {
    number: 11,
    title: {
      en: 'Sustainable cities and communities',
      de: 'Nachhaltige Städte und Gemeinden',
      da: 'Bæredygtige byer og lokalsamfund',
    },
    colour: '#FD9D24',
    targets: [
      {
        code: '11.6',
        title: 'By 2030, reduce the adverse per capita environmental impact of cities',
      },
    ],
  },
  {
    number: 12,
    title: {
      en: 'Responsible consumption and production',
      de: 'Nachhaltige/r Konsum und Produktion',
      da: 'Ansvarligt forbrug og produktion',
    },
    colour: '#BF8B2E',
    targets: [
      {
        code: '12.2',
        title: 'By 2030, achieve the sustainable management and efficient use of natural resources',
      },
      { code: '12.5', title: 'By 2030, substantially reduce waste generation' },
    ],
  },
];
