import { eksempelby, musterstadt } from '@/testing/fixtures';

import type {
  AdvisorAssignment,
  AdvisorCheckIn,
  AdvisorPortfolioEntry,
  Network,
  NetworkAttendance,
  NetworkEvent,
  NetworkMember,
  NetworkStatusReportDraft,
} from '../api/types';

export const coordinatorOrganization = {
  id: '0d9a3a4e-0000-4000-8000-0000000000c0',
  slug: 'kreislauf-netzwerk',
  name: 'Netzwerk Kreislaufstädte',
  kind: 'NETWORK_COORDINATOR' as const,
  country: 'DE',
  timeZone: 'Europe/Berlin',
};

export const networkId = 'b0000000-0000-4000-8000-000000000001';
export const eventId = 'e0000000-0000-4000-8000-000000000001';

const ref = (organization: {
  id: string;
  name: string;
  kind: Network['coordinator']['kind'];
  country: string;
  timeZone: string;
}) => ({
  id: organization.id,
  name: organization.name,
  kind: organization.kind,
  country: organization.country,
  timeZone: organization.timeZone,
});

export function makeNetwork(overrides: Partial<Network> = {}): Network {
  return {
    id: networkId,
    coordinator: ref(coordinatorOrganization),
    name: 'Städtekonsortium Kreislaufstadt',
    kind: 'CITY_CONSORTIUM',
    description: 'Vier Städte erarbeiten ein Mustervorgehen.',
    fieldsOfAction: ['CONSTRUCTION_BUILDINGS'],
    periodFrom: '2026-01-01',
    periodTo: '2027-06-30',
    funder: 'Bundesministerium für Umwelt',
    fundingLine: 'Kommunale Kreislaufwirtschaft',
    budget: 1250000,
    currency: 'EUR',
    links: [{ title: 'Programmseite', url: 'https://kreislaufstaedte.example' }],
    status: 'ACTIVE',
    visibility: 'PRIVATE',
    memberCount: 2,
    version: 0,
    createdAt: '2026-01-01T10:00:00Z',
    createdBy: 'network-coordinator',
    updatedAt: '2026-01-01T10:00:00Z',
    updatedBy: 'network-coordinator',
    ...overrides,
  };
}

export function makeMember(overrides: Partial<NetworkMember> = {}): NetworkMember {
  return {
    id: 'a1000000-0000-4000-8000-000000000001',
    networkId,
    networkName: 'Städtekonsortium Kreislaufstadt',
    organization: ref(musterstadt),
    role: 'MEMBER_MUNICIPALITY',
    status: 'ACCEPTED',
    joinedOn: '2026-01-05',
    sharesAggregates: false,
    version: 1,
    createdAt: '2026-01-01T10:00:00Z',
    createdBy: 'network-coordinator',
    updatedAt: '2026-01-05T10:00:00Z',
    updatedBy: 'musterstadt-admin',
    ...overrides,
  };
}

export const coordinatorMember = makeMember({
  id: 'a1000000-0000-4000-8000-0000000000c0',
  organization: ref(coordinatorOrganization),
  role: 'COORDINATOR',
});

export const eksempelbyInvitation = makeMember({
  id: 'a1000000-0000-4000-8000-000000000002',
  organization: ref(eksempelby),
  status: 'INVITED',
  joinedOn: undefined,
  version: 0,
  note: 'Velkommen!',
});

export function makeEvent(overrides: Partial<NetworkEvent> = {}): NetworkEvent {
  return {
    id: eventId,
    networkId,
    kind: 'VIRTUAL_STATUS_UPDATE',
    title: 'Virtueller Statustermin März',
    startsAt: '2026-03-18T09:00:00Z',
    endsAt: '2026-03-18T10:30:00Z',
    onlineLink: 'https://meet.example/konsortium',
    agenda: {
      availableMinutes: 90,
      plannedMinutes: 60,
      items: [
        {
          position: 1,
          title: 'Berichte der Städte',
          durationMinutes: 60,
          method: 'Kurzberichte',
          startsAt: '2026-03-18T09:00:00Z',
          endsAt: '2026-03-18T10:00:00Z',
        },
      ],
    },
    materials: [{ title: 'Folien', url: 'https://files.example/maerz.pdf' }],
    minutes: 'Alle Städte haben berichtet.',
    version: 0,
    createdAt: '2026-02-01T10:00:00Z',
    createdBy: 'network-coordinator',
    updatedAt: '2026-02-01T10:00:00Z',
    updatedBy: 'network-coordinator',
    ...overrides,
  };
}

export function makeAttendance(overrides: Partial<NetworkAttendance> = {}): NetworkAttendance {
  return {
    organization: ref(musterstadt),
    status: 'INVITED',
    recorded: false,
    version: 0,
    ...overrides,
  };
}

export function makeDraft(
  overrides: Partial<NetworkStatusReportDraft> = {},
): NetworkStatusReportDraft {
  return {
    eventId,
    networkId,
    organization: ref(musterstadt),
    coversFrom: '2025-11-30T23:00:00Z',
    coversTo: '2026-03-10T08:00:00Z',
    figures: {
      projectsChangedStatus: [
        {
          projectId: 'p0000000-0000-4000-8000-000000000001',
          title: 'Materialbörse',
          status: 'SELECTED',
          changedAt: '2026-02-01T10:00:00Z',
        },
      ],
      measuresCompleted: [
        {
          projectId: 'p0000000-0000-4000-8000-000000000001',
          projectTitle: 'Materialbörse',
          measureId: 'm0000000-0000-4000-8000-000000000001',
          title: 'Bauteile erfassen',
          completedAt: '2026-02-15T10:00:00Z',
        },
      ],
      indicatorValuesAdded: [],
      workshopsHeld: [
        {
          workshopId: 'w0000000-0000-4000-8000-000000000001',
          title: 'Auftaktworkshop',
          startsAt: '2026-02-12T08:00:00Z',
          endsAt: '2026-02-12T12:00:00Z',
        },
      ],
    },
    ...overrides,
  };
}

export const assignmentId = 'ad000000-0000-4000-8000-000000000001';

export function makeAssignment(overrides: Partial<AdvisorAssignment> = {}): AdvisorAssignment {
  return {
    id: assignmentId,
    networkId,
    municipality: ref(musterstadt),
    advisorOrganization: ref(coordinatorOrganization),
    advisor: { username: 'anna.berater', displayName: 'Anna Berater' },
    startsOn: '2026-01-01',
    current: true,
    version: 0,
    createdAt: '2026-01-01T10:00:00Z',
    createdBy: 'network-coordinator',
    updatedAt: '2026-01-01T10:00:00Z',
    updatedBy: 'network-coordinator',
    ...overrides,
  };
}

export function makeCheckIn(overrides: Partial<AdvisorCheckIn> = {}): AdvisorCheckIn {
  return {
    id: 'c1000000-0000-4000-8000-000000000001',
    assignmentId,
    heldOn: '2026-03-12',
    format: 'VIDEO',
    topics: 'Bauteilkataster',
    agreements: 'Entwurf bis April',
    followUpOn: '2026-04-30',
    version: 0,
    createdAt: '2026-03-12T10:00:00Z',
    createdBy: 'anna.berater',
    updatedAt: '2026-03-12T10:00:00Z',
    updatedBy: 'anna.berater',
    ...overrides,
  };
}

export function makePortfolioEntry(
  overrides: Partial<AdvisorPortfolioEntry> = {},
): AdvisorPortfolioEntry {
  return {
    assignment: makeAssignment(),
    network: { id: networkId, name: 'Städtekonsortium Kreislaufstadt' },
    projectsByStatus: [
      { status: 'IDEA', count: 3 },
      { status: 'IMPLEMENTATION', count: 1 },
    ],
    projectCount: 4,
    lastCheckIn: '2026-03-12',
    nextFollowUp: '2026-04-30',
    latestStatusReport: '2026-03-01T09:30:00Z',
    ...overrides,
  };
}
