import { eksempelby, musterstadt } from '@/testing/fixtures';

import type {
  Practice,
  PracticeAdoption,
  PracticeComment,
  PracticePage,
  PracticeSummary,
} from '../api/types';

export const practiceId = 'b0000000-0000-4000-8000-000000000001';

export function makePractice(overrides: Partial<Practice> = {}): Practice {
  return {
    id: practiceId,
    organizationId: musterstadt.id,
    organizationName: musterstadt.name,
    title: 'Bauteilbörse Musterstadt',
    summary: 'Bauteile aus dem Rückbau werden wiederverwendet.',
    context: {
      municipality: 'Stadt Musterstadt',
      country: 'DE',
      populationBand: 'FROM_100K_TO_500K',
      regionType: 'URBAN',
    },
    problem: 'Türen landeten im Container.',
    approach: 'Kataster, Börse, Lager.',
    results: { text: '220 t vermittelt.', co2eTonnesPerYear: 225, basis: 'ESTIMATED' },
    successFactors: 'Rückhalt der Bauverwaltung',
    lessonsLearned: 'Früh mit Abbruchfirmen sprechen.',
    contactOrganization: { id: musterstadt.id, name: musterstadt.name },
    fieldsOfAction: ['CONSTRUCTION_BUILDINGS'],
    sdgTargets: ['12.5'],
    maturity: 'LIGHTHOUSE',
    language: 'de',
    licence: 'CC-BY-4.0',
    attachments: [{ title: 'Leitfaden', url: 'https://musterstadt.example/l.pdf' }],
    status: 'PUBLISHED',
    publishedAt: '2026-05-01T10:00:00Z',
    adoptionCount: 1,
    visibility: 'PUBLIC',
    version: 3,
    createdAt: '2026-04-01T10:00:00Z',
    updatedAt: '2026-05-01T10:00:00Z',
    ...overrides,
  };
}

export function makeSummary(overrides: Partial<PracticeSummary> = {}): PracticeSummary {
  return {
    id: practiceId,
    organizationId: musterstadt.id,
    organizationName: musterstadt.name,
    title: 'Bauteilbörse Musterstadt',
    summary: 'Bauteile aus dem Rückbau werden wiederverwendet.',
    country: 'DE',
    populationBand: 'FROM_100K_TO_500K',
    fieldsOfAction: ['CONSTRUCTION_BUILDINGS'],
    maturity: 'LIGHTHOUSE',
    language: 'de',
    status: 'PUBLISHED',
    adoptionCount: 2,
    visibility: 'PUBLIC',
    version: 3,
    updatedAt: '2026-05-01T10:00:00Z',
    ...overrides,
  };
}

export function makePage(
  items: PracticeSummary[],
  overrides: Partial<PracticePage> = {},
): PracticePage {
  return {
    items,
    total: items.length,
    facets: {
      fieldOfAction: [{ value: 'CONSTRUCTION_BUILDINGS', count: items.length }],
      country: [{ value: 'DE', count: items.length }],
      populationBand: [],
      maturity: [{ value: 'LIGHTHOUSE', count: items.length }],
      network: [{ value: 'n1', label: 'Kreislaufstädte DE-DK', count: items.length }],
    },
    ...overrides,
  };
}

export function makeAdoption(overrides: Partial<PracticeAdoption> = {}): PracticeAdoption {
  return {
    id: 'c0000000-0000-4000-8000-000000000001',
    practiceId,
    organizationId: eksempelby.id,
    organizationName: eksempelby.name,
    projectId: 'd0000000-0000-4000-8000-000000000001',
    practiceVersion: 2,
    practiceTitle: 'Bauteilbörse',
    visibility: 'PUBLIC',
    version: 0,
    createdAt: '2026-06-01T10:00:00Z',
    ...overrides,
  };
}

export function makeComment(overrides: Partial<PracticeComment> = {}): PracticeComment {
  return {
    id: 'e0000000-0000-4000-8000-000000000001',
    practiceId,
    organizationId: eksempelby.id,
    organizationName: eksempelby.name,
    kind: 'QUESTION',
    text: 'Hvordan håndterede I garantien?',
    version: 0,
    createdAt: '2026-06-02T10:00:00Z',
    ...overrides,
  };
}
