import type { Strategy } from '@/lib/api/types';
import { makeStrategy, musterstadt } from '@/testing/fixtures';

import type {
  ImpactTotals,
  Measure,
  ProjectStatusUpdate,
  Stakeholder,
  StarterProject,
  StarterProjectSummary,
} from '../api/types';

export const zeroTotals: ImpactTotals = {
  measureCount: 0,
  co2eTonnesPerYear: 0,
  renewableMwhPerYear: 0,
  energyReplacedMwhPerYear: 0,
  materialAvoidedT: 0,
  materialReusedT: 0,
  materialRecycledT: 0,
  cost: 0,
};

export function makeStakeholder(overrides: Partial<Stakeholder> = {}): Stakeholder {
  return {
    id: '7a000000-0000-4000-8000-000000000001',
    organizationId: musterstadt.id,
    name: 'Handwerkskammer Musterstadt',
    sector: 'CHAMBER',
    fieldsOfAction: ['CONSTRUCTION_BUILDINGS'],
    visibility: 'PRIVATE',
    version: 1,
    createdAt: '2026-01-05T08:00:00Z',
    createdBy: 'musterstadt-editor',
    updatedAt: '2026-01-05T08:00:00Z',
    updatedBy: 'musterstadt-editor',
    ...overrides,
  };
}

export const chamber = makeStakeholder();
export const buildingOffice = makeStakeholder({
  id: '7a000000-0000-4000-8000-000000000002',
  name: 'Hochbauamt Musterstadt',
  sector: 'ADMINISTRATION',
});
export const builder = makeStakeholder({
  id: '7a000000-0000-4000-8000-000000000003',
  name: 'Bauunternehmen Stein & Partner',
  sector: 'BUSINESS',
});
export const stakeholders = [builder, chamber, buildingOffice];

export const strategy: Strategy = makeStrategy();

export function makeMeasure(overrides: Partial<Measure> = {}): Measure {
  return {
    id: '9b000000-0000-4000-8000-000000000001',
    projectId: '8c000000-0000-4000-8000-000000000001',
    position: 0,
    title: 'Rückbau Schule Nord: Bauteile erfassen',
    responsible: 'Hochbauamt',
    status: 'IN_PROGRESS',
    cost: 45000,
    co2eTonnesPerYear: 120.5,
    co2eMethod: 'Ökobaudat, vermiedener Neubeton',
    co2eConfidence: 'MEDIUM',
    materialReusedT: 300,
    steps: [
      { title: 'Bauteilkatalog erstellen', done: true },
      { title: 'Abnehmer finden', done: false },
    ],
    indicatorContributions: [],
    progress: 50,
    version: 4,
    updatedAt: '2026-02-10T10:00:00Z',
    ...overrides,
  };
}

export function makeProject(overrides: Partial<StarterProject> = {}): StarterProject {
  return {
    id: '8c000000-0000-4000-8000-000000000001',
    organizationId: musterstadt.id,
    strategyId: strategy.id,
    title: 'Materialbörse Bau',
    summary: 'Bauteile aus Rückbau vermitteln.',
    fieldsOfAction: ['CONSTRUCTION_BUILDINGS', 'WASTE_RESOURCES'],
    componentIds: [],
    status: 'PREPARATION',
    allowedNext: ['IMPLEMENTATION', 'ON_HOLD', 'CANCELLED'],
    startDate: '2026-04-01',
    plannedCompletion: '2027-06-30',
    budgetPlanned: 250000,
    budgetActual: 120000.5,
    fundingSource: 'EFRE/ERDF',
    parties: [
      {
        stakeholderId: buildingOffice.id,
        name: buildingOffice.name,
        sector: 'ADMINISTRATION',
        role: 'RESPONSIBLE',
      },
      { stakeholderId: chamber.id, name: chamber.name, sector: 'CHAMBER', role: 'CONSULTED' },
    ],
    measures: [makeMeasure()],
    totals: {
      measureCount: 1,
      co2eTonnesPerYear: 120.5,
      renewableMwhPerYear: 0,
      energyReplacedMwhPerYear: 0,
      materialAvoidedT: 0,
      materialReusedT: 300,
      materialRecycledT: 0,
      cost: 45000,
      progress: 50,
    },
    visibility: 'NETWORK',
    externalId: 'ris-bau-1',
    version: 7,
    createdAt: '2026-01-10T09:30:00Z',
    createdBy: 'musterstadt-editor',
    updatedAt: '2026-02-01T14:05:00Z',
    updatedBy: 'musterstadt-editor',
    ...overrides,
  };
}

export function makeSummary(overrides: Partial<StarterProjectSummary> = {}): StarterProjectSummary {
  return {
    id: '8c000000-0000-4000-8000-000000000001',
    organizationId: musterstadt.id,
    title: 'Materialbörse Bau',
    fieldsOfAction: ['CONSTRUCTION_BUILDINGS'],
    status: 'IDEA',
    responsible: [],
    totals: zeroTotals,
    visibility: 'PRIVATE',
    version: 1,
    updatedAt: '2026-02-01T14:05:00Z',
    ...overrides,
  };
}

export function makeStatusUpdate(
  overrides: Partial<ProjectStatusUpdate> = {},
): ProjectStatusUpdate {
  return {
    id: 'ad000000-0000-4000-8000-000000000001',
    projectId: '8c000000-0000-4000-8000-000000000001',
    reportedOn: '2026-02-15',
    author: 'Erika Mustermann',
    text: 'Bauteilkatalog für die Schule Nord ist fertig.',
    progress: 40,
    ...overrides,
  };
}
